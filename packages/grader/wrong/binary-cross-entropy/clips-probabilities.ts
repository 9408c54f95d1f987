/**
 * Mistake: clips σ(x) into [1e-7, 1 − 1e-7] "for safety", as Keras does for probabilities; the loss is then capped near 16 and never reaches 0.
 * Caught by: confident right answers cost almost nothing
 * Misconception: clamps-values
 */
import { meanLoss } from './_parts.ts';

const EPSILON = 1e-7;

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  return meanLoss(logits, targets, (x, y) => {
    const p = Math.min(Math.max(1 / (1 + Math.exp(-x)), EPSILON), 1 - EPSILON);
    return -(posWeight * y * Math.log(p) + (1 - y) * Math.log(1 - p));
  });
}
