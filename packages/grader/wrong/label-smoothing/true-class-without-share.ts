/**
 * Mistake: gives the true class 1 − ε with nothing added, while the other classes get ε/K.
 * Caught by: smoothed targets sum to 1
 * Misconception: true-class-gets-no-share
 */
import { summedCrossEntropy } from './_parts.ts';

export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  return labels.map((label) =>
    Array.from({ length: numClasses }, (_, k) =>
      k === label ? 1 - epsilon : epsilon / numClasses,
    ),
  );
}

export function labelSmoothingCrossEntropy(
  logits: number[][],
  labels: number[],
  epsilon: number,
): number {
  return (
    summedCrossEntropy(logits, smoothLabels(labels, logits[0]?.length ?? 0, epsilon)) /
    logits.length
  );
}
