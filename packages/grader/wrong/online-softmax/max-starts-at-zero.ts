/**
 * Mistake: starts the running maximum at 0 instead of −∞, so a stream of only very negative values is never shifted and underflows.
 * Caught by: survives values of −1e6
 * Misconception: no-max-shift
 */
export type LseState = { max: number; sum: number };

export function streamingLogSumExp(values: Iterable<number>): number {
  let max = 0;
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
  if (max === Number.NEGATIVE_INFINITY) return { max, sum: 0 };
  return { max, sum: a.sum * Math.exp(a.max - max) + b.sum * Math.exp(b.max - max) };
}
