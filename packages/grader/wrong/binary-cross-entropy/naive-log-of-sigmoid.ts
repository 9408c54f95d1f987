/**
 * Mistake: computes p = σ(x) first and then takes Math.log(p) and Math.log(1 − p); σ(40) rounds to 1, so a confident mistake costs Infinity.
 * Caught by: survives a confident mistake at logit 40
 * Misconception: naive-log
 */
import { meanLoss } from './_parts.ts';

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  return meanLoss(logits, targets, (x, y) => {
    const p = 1 / (1 + Math.exp(-x));
    return -(posWeight * y * Math.log(p) + (1 - y) * Math.log(1 - p));
  });
}
