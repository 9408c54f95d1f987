/**
 * Mistake: picks one term by testing whether the target is 1, so a soft target such as 0.3 is treated as a 0.
 * Caught by: accepts soft targets
 * Misconception: hard-targets-only
 */
import { meanLoss, softplus } from './_parts.ts';

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  return meanLoss(logits, targets, (x, y) => (y === 1 ? posWeight * softplus(-x) : softplus(x)));
}
