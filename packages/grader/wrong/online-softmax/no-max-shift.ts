/**
 * Mistake: sums Math.exp of the values themselves and takes the log at the end, which overflows for values like 1e6 and underflows for −1e6.
 * Caught by: survives values of 1e6
 * Misconception: no-max-shift
 */
export { type LseState, mergeLogSumExp } from './_parts.ts';

export function streamingLogSumExp(values: Iterable<number>): number {
  let sum = 0;
  for (const v of values) sum += Math.exp(v);
  return Math.log(sum);
}
