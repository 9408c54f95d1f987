/**
 * Mistake: factors out e^min instead of e^max, believing any common factor will do; the other
 * exponents are then positive and overflow for a wide spread of values.
 * Caught by: logSumExp survives values of ±1000
 * Misconception: shift-by-min
 */
import { logSoftmaxUsing, shiftedExpSum } from './_parts.ts';

export function logSumExp(values: number[]): number {
  const min = Math.min(...values);
  return min + Math.log(shiftedExpSum(values, min));
}

export const logSoftmax = logSoftmaxUsing(logSumExp);
