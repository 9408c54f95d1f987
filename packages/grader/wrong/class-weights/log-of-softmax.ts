/**
 * Mistake: computes the softmax stably, then takes Math.log of the label's probability; a probability of e^(−1000) is 0 in float64 and its log is −Infinity.
 * Caught by: a gap of 1000 against the label costs about 1000
 * Misconception: naive-log
 */
import { type Weighted, weightedSums } from './_parts.ts';

export const weightedCrossEntropy: Weighted = (logits, labels, weights, ignoreIndex = -100) => {
  const { loss, weightSum } = weightedSums(logits, labels, weights, ignoreIndex, {
    lossOf: logOfSoftmax,
  });
  return loss / weightSum;
};

/** −Math.log of the label's probability, after a stable softmax: 0 for a gap of 1000, so Infinity. */
function logOfSoftmax(row: number[], label: number): number {
  const max = Math.max(...row);
  const exps = row.map((z) => Math.exp(z - max));
  const total = exps.reduce((s, e) => s + e, 0);
  return -Math.log((exps[label] ?? 0) / total);
}
