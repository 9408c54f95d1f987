/**
 * Mistake: returns 0 when every row is ignored, as Keras does, hiding a batch that had nothing to learn from.
 * Caught by: every row ignored gives NaN
 * Misconception: all-ignored-returns-zero
 */
import { type Weighted, weightedSums } from './_parts.ts';

export const weightedCrossEntropy: Weighted = (logits, labels, weights, ignoreIndex = -100) => {
  const { loss, weightSum } = weightedSums(logits, labels, weights, ignoreIndex);
  return weightSum === 0 ? 0 : loss / weightSum;
};
