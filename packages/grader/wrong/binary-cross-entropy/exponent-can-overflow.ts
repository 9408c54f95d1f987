/**
 * Mistake: uses log(1 + e^(−x)) + (1 − y)·x without splitting off max(−x, 0), so e^(−x) overflows to Infinity for x below about −710.
 * Caught by: stays accurate for logits of ±10000
 * Misconception: no-max-shift
 */
import { meanLoss } from './_parts.ts';

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  return meanLoss(
    logits,
    targets,
    (x, y) => (1 + (posWeight - 1) * y) * Math.log1p(Math.exp(-x)) + (1 - y) * x,
  );
}
