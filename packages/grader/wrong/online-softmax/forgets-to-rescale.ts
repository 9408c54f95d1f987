/**
 * Mistake: updates the running maximum but keeps adding to a sum that was measured against the old maximum.
 * Caught by: the maximum may arrive first, last or in between
 * Misconception: forgets-rescale
 */
export type LseState = { max: number; sum: number };

export function streamingLogSumExp(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (const v of values) {
    if (v === Number.NEGATIVE_INFINITY) continue;
    max = Math.max(max, v);
    sum += Math.exp(v - max);
  }
  return sum === 0 ? Number.NEGATIVE_INFINITY : max + Math.log(sum);
}

export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  const max = Math.max(a.max, b.max);
  if (max === Number.NEGATIVE_INFINITY) return { max, sum: 0 };
  return { max, sum: a.sum * Math.exp(a.max - max) + b.sum * Math.exp(b.max - max) };
}
