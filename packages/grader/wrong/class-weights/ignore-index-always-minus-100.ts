/**
 * Mistake: tests labels against the literal −100 instead of the ignoreIndex argument.
 * Caught by: uses the ignoreIndex it is given
 * Misconception: ignore-index-hard-coded
 */
import { type Weighted, weightedSums } from './_parts.ts';

export const weightedCrossEntropy: Weighted = (logits, labels, weights, _ignoreIndex = -100) => {
  const { loss, weightSum } = weightedSums(logits, labels, weights, -100);
  return loss / weightSum;
};
