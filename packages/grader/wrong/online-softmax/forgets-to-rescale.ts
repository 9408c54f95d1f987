/**
 * Mistake: updates the running maximum but keeps adding to a sum that was measured against the old maximum.
 * Caught by: the maximum may arrive first, last or in between
 * Misconception: forgets-rescale
 */
import { finish } from './_parts.ts';

export { type LseState, mergeLogSumExp } from './_parts.ts';

export function streamingLogSumExp(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (const v of values) {
    if (v === Number.NEGATIVE_INFINITY) continue;
    max = Math.max(max, v);
    sum += Math.exp(v - max);
  }
  return finish({ max, sum });
}
