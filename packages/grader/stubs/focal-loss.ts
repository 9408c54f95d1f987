/**
 * Lesson · Focal loss (/lessons/focal-loss/)
 *
 * Binary focal loss from logits, averaged over the elements: FL = −α_t · (1 − p_t)^γ · log p_t,
 * where p_t is the probability the model gives to the true outcome (targets are 0 or 1).
 * Same semantics as torchvision's `sigmoid_focal_loss`: a negative α turns α weighting off.
 */
export function focalLoss(logits: number[], targets: number[], alpha = 0.25, gamma = 2): number {
  // TODO: implement focalLoss; it must stay finite for logits in the hundreds.
  void logits;
  void targets;
  void alpha;
  void gamma;
  throw new Error('TODO: implement focalLoss');
}
