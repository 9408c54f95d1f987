/**
 * Mistake: divides the weighted sum by the number of rows, as if "mean" always meant "divide by N".
 * Caught by: divides by the total weight of the labels
 * Misconception: divides-by-row-count
 */
import { type Weighted, weightedSums } from './_parts.ts';

export const weightedCrossEntropy: Weighted = (logits, labels, weights, ignoreIndex = -100) =>
  weightedSums(logits, labels, weights, ignoreIndex).loss / logits.length;
