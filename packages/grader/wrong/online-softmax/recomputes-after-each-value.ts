/**
 * Mistake: keeps every value seen and recomputes the two-pass log-sum-exp over all of them after
 * each new one, so that an answer is ready at every step; the work grows with the square of the length.
 * Caught by: handles a stream of 130,000 values
 * Misconception: recomputes-from-scratch
 */
export { type LseState, mergeLogSumExp } from './_parts.ts';

export function streamingLogSumExp(values: Iterable<number>): number {
  const seen: number[] = [];
  let lse = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    seen.push(v);
    let max = Number.NEGATIVE_INFINITY;
    for (const x of seen) if (x > max) max = x;
    if (max === Number.NEGATIVE_INFINITY) continue;
    let sum = 0;
    for (const x of seen) sum += Math.exp(x - max);
    lse = max + Math.log(sum);
  }
  return lse;
}
