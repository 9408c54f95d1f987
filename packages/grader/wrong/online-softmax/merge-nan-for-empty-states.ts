/**
 * Mistake: rescales both sums to the larger maximum without a case for two empty states, where −∞ − (−∞) makes the sum NaN.
 * Caught by: two empty states merge to the empty state, not NaN
 * Misconception: infinity-minus-infinity
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
  const max = Math.max(a.max, b.max);
  return { max, sum: a.sum * Math.exp(a.max - max) + b.sum * Math.exp(b.max - max) };
}
