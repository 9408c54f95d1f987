/**
 * Mistake: shifts by the maximum even when it is −∞, so a vector of only −∞ gives −∞ − (−∞) = NaN.
 * Caught by: logSumExp of only −∞ values is −∞
 * Misconception: fully-masked-nan
 */
import { logSoftmaxUsing, shiftedExpSum } from './_parts.ts';

export function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  return max + Math.log(shiftedExpSum(values, max));
}

export const logSoftmax = logSoftmaxUsing(logSumExp);
