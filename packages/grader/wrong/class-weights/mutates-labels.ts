/**
 * Mistake: replaces ignored labels by 0 in the caller's array so that the lookups below never fail, and gives those rows weight 0.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
import { type Weighted, weightedSums } from './_parts.ts';

export const weightedCrossEntropy: Weighted = (logits, labels, weights, ignoreIndex = -100) => {
  const kept = labels.map((label) => label !== ignoreIndex);
  for (let n = 0; n < labels.length; n++) if (!kept[n]) labels[n] = 0;
  // No label equals NaN, so no row is skipped: the rows that were ignored count with weight 0.
  const weightOf = (label: number, n: number) => (kept[n] ? (weights[label] ?? 0) : 0);
  const { loss, weightSum } = weightedSums(logits, labels, weights, Number.NaN, { weightOf });
  return loss / weightSum;
};
