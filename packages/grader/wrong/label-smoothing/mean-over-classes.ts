/**
 * Mistake: averages −q·log p over the classes as well, dividing the loss by K.
 * Caught by: ε = 0 gives plain cross-entropy
 * Misconception: divides-by-classes
 */
import { correctSmoothLabels, summedCrossEntropy } from './_parts.ts';

export { correctSmoothLabels as smoothLabels };

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  const classes = logits[0]?.length ?? 1;
  const targets = correctSmoothLabels(labels, classes, epsilon);
  return summedCrossEntropy(logits, targets) / logits.length / classes;
}
