/**
 * Mistake: applies the update m′ = max(m, x), d′ = d·e^{m − m′} + e^{x − m′} to every value, so −∞ against a running max of −∞ gives e^{NaN}.
 * Caught by: a stream of only −∞ gives −∞, not NaN
 * Misconception: infinity-minus-infinity
 */
export { type LseState, mergeLogSumExp } from './_parts.ts';

export function streamingLogSumExp(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (const v of values) {
    const next = Math.max(max, v);
    sum = sum * Math.exp(max - next) + Math.exp(v - next);
    max = next;
  }
  return max + Math.log(sum);
}
