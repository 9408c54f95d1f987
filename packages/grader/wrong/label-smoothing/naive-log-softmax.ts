/**
 * Mistake: takes Math.log of a softmax computed without the max trick, so extreme logits give NaN or Infinity.
 * Caught by: survives logits of 1000
 * Misconception: naive-log
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
    const exps = row.map((z) => Math.exp(z));
    const sumExp = exps.reduce((sum, e) => sum + e, 0);
    exps.forEach((e, k) => {
      total -= (targets[n]?.[k] ?? 0) * Math.log(e / sumExp);
    });
  });
  return total / logits.length;
}
