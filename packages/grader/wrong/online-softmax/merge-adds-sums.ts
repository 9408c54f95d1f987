/**
 * Mistake: merges two states by adding their sums, as if both were measured against the same maximum.
 * Caught by: merging two chunks gives the state of the whole
 * Misconception: merge-without-rescaling
 */
export type LseState = { max: number; sum: number };

export function streamingLogSumExp(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (const v of values) {
    if (v === Number.NEGATIVE_INFINITY) continue;
    if (v > max) {
      sum = sum * Math.exp(max - v) + 1;
      max = v;
    } else {
      sum += Math.exp(v - max);
    }
  }
  return sum === 0 ? Number.NEGATIVE_INFINITY : max + Math.log(sum);
}

export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  return { max: Math.max(a.max, b.max), sum: a.sum + b.sum };
}
