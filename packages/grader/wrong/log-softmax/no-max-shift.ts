/**
 * Mistake: sums Math.exp of the raw values, which overflows to Infinity above about 709.8 and
 * rounds to 0 below about −745.1.
 * Caught by: logSumExp survives values of ±1000
 * Misconception: no-max-shift
 */
import { logSoftmaxUsing } from './_parts.ts';

export function logSumExp(values: number[]): number {
  return Math.log(values.reduce((sum, v) => sum + Math.exp(v), 0));
}

export const logSoftmax = logSoftmaxUsing(logSumExp);
