/**
 * Mistake: keeps the first state's maximum and rescales the second state to it, which overflows when the second maximum is much larger.
 * Caught by: merges states whose maxima are 1e6 apart
 * Misconception: no-max-shift
 */
import type { LseState } from './_parts.ts';

export { type LseState, streamingLogSumExp } from './_parts.ts';

export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  if (a.max === Number.NEGATIVE_INFINITY) return { max: b.max, sum: b.sum };
  if (b.max === Number.NEGATIVE_INFINITY) return { max: a.max, sum: a.sum };
  return { max: a.max, sum: a.sum + b.sum * Math.exp(b.max - a.max) };
}
