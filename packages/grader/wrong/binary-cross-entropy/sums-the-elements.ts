/**
 * Mistake: returns the sum of the element losses instead of their mean.
 * Caught by: averages over the elements
 * Misconception: sum-instead-of-mean
 */
import { elementLoss, totalLoss } from './_parts.ts';

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  return totalLoss(logits, targets, (x, y) => elementLoss(x, y, posWeight));
}
