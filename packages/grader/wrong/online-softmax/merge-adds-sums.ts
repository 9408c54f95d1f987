/**
 * Mistake: merges two states by adding their sums, as if both were measured against the same maximum.
 * Caught by: merging two chunks gives the state of the whole
 * Misconception: merge-without-rescaling
 */
import type { LseState } from './_parts.ts';

export { type LseState, streamingLogSumExp } from './_parts.ts';

export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  return { max: Math.max(a.max, b.max), sum: a.sum + b.sum };
}
