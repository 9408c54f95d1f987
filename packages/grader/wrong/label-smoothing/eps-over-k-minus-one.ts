/**
 * Mistake: spreads ε over the K − 1 wrong classes only (ε/(K − 1) each, 1 − ε for the true class).
 * Caught by: ε = 1 gives uniform targets
 * Misconception: eps-over-k-minus-one
 */
import { summedCrossEntropy } from './_parts.ts';

export function smoothLabels(labels: number[], numClasses: number, epsilon: number): number[][] {
  return labels.map((label) =>
    Array.from({ length: numClasses }, (_, k) =>
      k === label ? 1 - epsilon : epsilon / (numClasses - 1),
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
