/**
 * Mistake: finds the maximum in a first loop over the values and sums in a second, as the two-pass softmax does; a stream is empty the second time.
 * Caught by: reads the stream only once
 * Misconception: reads-stream-twice
 */
export { type LseState, mergeLogSumExp } from './_parts.ts';

export function streamingLogSumExp(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}
