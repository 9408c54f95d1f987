/**
 * Mistake: rescales the first state in place and returns it, so the caller's state a changes.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
import type { LseState } from './_parts.ts';

export { type LseState, streamingLogSumExp } from './_parts.ts';

export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  const max = Math.max(a.max, b.max);
  if (max === Number.NEGATIVE_INFINITY) return a;
  a.sum = a.sum * Math.exp(a.max - max) + b.sum * Math.exp(b.max - max);
  a.max = max;
  return a;
}
