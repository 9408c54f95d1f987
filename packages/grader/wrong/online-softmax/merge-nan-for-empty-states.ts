/**
 * Mistake: rescales both sums to the larger maximum without a case for two empty states, where −∞ − (−∞) makes the sum NaN.
 * Caught by: two empty states merge to the empty state, not NaN
 * Misconception: infinity-minus-infinity
 */
import type { LseState } from './_parts.ts';

export { type LseState, streamingLogSumExp } from './_parts.ts';

export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  const max = Math.max(a.max, b.max);
  return { max, sum: a.sum * Math.exp(a.max - max) + b.sum * Math.exp(b.max - max) };
}
