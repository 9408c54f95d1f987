/**
 * Mistake: gives every wrong class the full ε instead of a share of it, so the rows no longer sum to 1.
 * Caught by: smoothed targets sum to 1
 * Misconception: full-epsilon-per-class
 */
import { summedCrossEntropy } from './_parts.ts';

export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  return labels.map((label) =>
    Array.from({ length: numClasses }, (_, k) => (k === label ? 1 - epsilon : epsilon)),
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
