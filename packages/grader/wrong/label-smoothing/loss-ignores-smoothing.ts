/**
 * Mistake: smooths the targets correctly but computes the loss against the one-hot labels.
 * Caught by: matches PyTorch with label_smoothing = 0.1
 * Misconception: smoothing-not-applied
 */
import { correctSmoothLabels, summedCrossEntropy } from './_parts.ts';

export { correctSmoothLabels as smoothLabels };

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  void epsilon;
  const oneHot = correctSmoothLabels(labels, logits[0]?.length ?? 0, 0);
  return summedCrossEntropy(logits, oneHot) / logits.length;
}
