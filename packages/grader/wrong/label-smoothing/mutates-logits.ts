/**
 * Mistake: computes the log-softmax in place, overwriting the caller's logits.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
import { correctSmoothLabels } from './_parts.ts';

export { correctSmoothLabels as smoothLabels };

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  const targets = correctSmoothLabels(labels, logits[0]?.length ?? 0, epsilon);
  let total = 0;
  logits.forEach((row, n) => {
    const max = Math.max(...row);
    const logSumExp = max + Math.log(row.reduce((sum, z) => sum + Math.exp(z - max), 0));
    for (let k = 0; k < row.length; k++) {
      row[k] = (row[k] ?? 0) - logSumExp;
      total -= (targets[n]?.[k] ?? 0) * (row[k] ?? 0);
    }
  });
  return total / logits.length;
}
