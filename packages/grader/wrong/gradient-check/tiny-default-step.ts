/**
 * Mistake: defaults h to 1e-10, believing a smaller step is always more accurate; rounding in f(x + h) − f(x − h) then dominates.
 * Caught by: uses h = 1e-5 by default
 * Misconception: tiny-step
 */
import { centralDifference } from './_parts.ts';

export { relativeError } from './_parts.ts';

export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-10): number[] {
  return x.map((_, i) => centralDifference(f, x, i, h));
}
