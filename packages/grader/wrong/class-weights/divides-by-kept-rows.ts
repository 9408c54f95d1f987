/**
 * Mistake: skips ignored rows correctly but divides by how many rows are left, not by their total weight.
 * Caught by: multiplying every weight by 10 changes nothing
 * Misconception: divides-by-row-count
 */
import { type Weighted, weightedSums } from './_parts.ts';

export const weightedCrossEntropy: Weighted = (logits, labels, weights, ignoreIndex = -100) => {
  const { loss, kept } = weightedSums(logits, labels, weights, ignoreIndex);
  return loss / kept;
};
