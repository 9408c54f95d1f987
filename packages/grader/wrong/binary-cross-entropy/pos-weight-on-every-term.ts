/**
 * Mistake: multiplies the whole element loss by posWeight, so negative examples are weighted too.
 * Caught by: posWeight leaves negative examples alone
 * Misconception: pos-weight-on-wrong-term
 */
import { meanLoss, softplus } from './_parts.ts';

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  return meanLoss(
    logits,
    targets,
    (x, y) => posWeight * (y * softplus(-x) + (1 - y) * softplus(x)),
  );
}
