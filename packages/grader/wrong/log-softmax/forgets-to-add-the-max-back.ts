/**
 * Mistake: shifts by the maximum inside the sum but forgets to add it back outside the logarithm,
 * so the result is off by exactly the largest value.
 * Caught by: logSumExp matches the reference on small values
 * Misconception: forgets-max-back
 */
import { logSoftmaxUsing, shiftedExpSum } from './_parts.ts';

export function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  if (max === Number.NEGATIVE_INFINITY) return max;
  return Math.log(shiftedExpSum(values, max));
}

export const logSoftmax = logSoftmaxUsing(logSumExp);
