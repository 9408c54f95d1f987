/**
 * Mistake: takes the weight of row n as weights[n], as if there were one weight per example, instead of the weight of its label's class.
 * Caught by: weights each row by its label's class
 * Misconception: weight-of-wrong-class
 */
import { type Weighted, weightedSums } from './_parts.ts';

export const weightedCrossEntropy: Weighted = (logits, labels, weights, ignoreIndex = -100) => {
  const weightOf = (_label: number, n: number) => weights[n] ?? 1;
  const { loss, weightSum } = weightedSums(logits, labels, weights, ignoreIndex, { weightOf });
  return loss / weightSum;
};
