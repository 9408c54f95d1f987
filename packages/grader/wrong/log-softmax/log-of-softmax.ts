/**
 * Mistake: computes softmax (safely, with the max trick) and then takes Math.log of each probability,
 * so a probability that rounds to 0 becomes −Infinity.
 * Caught by: logSoftmax of a gap of 1000 is about −1000, never −∞
 * Misconception: naive-log
 */
import { softmax } from './_parts.ts';

export { logSumExp } from './_parts.ts';

export function logSoftmax(logits: number[]): number[] {
  return softmax(logits).map((p) => Math.log(p));
}
