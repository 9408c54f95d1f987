/**
 * Mistake: computes log Σ e^z without subtracting the largest logit first, so e^(1e6) overflows to Infinity.
 * Caught by: survives logits of 1e6
 * Misconception: no-max-shift
 */
import { type Weighted, weightedSums } from './_parts.ts';

export const weightedCrossEntropy: Weighted = (logits, labels, weights, ignoreIndex = -100) => {
  const lossOf = (row: number[], label: number) =>
    Math.log(row.reduce((s, z) => s + Math.exp(z), 0)) - (row[label] ?? 0);
  const { loss, weightSum } = weightedSums(logits, labels, weights, ignoreIndex, { lossOf });
  return loss / weightSum;
};
