/**
 * Mistake: sums the losses of the batch instead of averaging them.
 * Caught by: averages over the batch
 * Misconception: sum-instead-of-mean
 */
import { correctSmoothLabels, summedCrossEntropy } from './_parts.ts';

export { correctSmoothLabels as smoothLabels };

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  return summedCrossEntropy(logits, correctSmoothLabels(labels, logits[0]?.length ?? 0, epsilon));
}
