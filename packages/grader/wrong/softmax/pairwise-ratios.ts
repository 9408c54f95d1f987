/**
 * Mistake: computes each probability as 1 / Σⱼ exp(zⱼ − zᵢ), which is −∞ − (−∞) = NaN for a masked class.
 * Caught by: a −∞ logit gets probability 0
 * Misconception: masked-class-nan
 */
export function softmax(logits: number[]): number[] {
  return logits.map((zi) => 1 / logits.reduce((sum, zj) => sum + Math.exp(zj - zi), 0));
}
