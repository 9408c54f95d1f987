/**
 * Mistake: computes every row's weighted loss first and multiplies by a 0/1 mask afterwards; for an ignored label such as 255, weights[255] is undefined and 0 · NaN is still NaN.
 * Caught by: an ignored label may lie outside the classes
 * Misconception: ignored-label-used
 */
import { rowLoss, type Weighted } from './_parts.ts';

export const weightedCrossEntropy: Weighted = (logits, labels, weights, ignoreIndex = -100) => {
  let loss = 0;
  let weightSum = 0;
  logits.forEach((row, n) => {
    const label = labels[n] as number;
    const mask = label === ignoreIndex ? 0 : 1;
    const w = weights[label] as number;
    loss += mask * w * rowLoss(row, label);
    weightSum += mask * w;
  });
  return loss / weightSum;
};
