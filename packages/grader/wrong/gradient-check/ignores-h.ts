/**
 * Mistake: uses a fixed step of 1e-5 inside the loop and never reads the h it was given.
 * Caught by: uses the h it is given
 * Misconception: ignores-step
 */
import { centralDifference } from './_parts.ts';

export { relativeError } from './_parts.ts';

const STEP = 1e-5;

export function numericalGradient(f: (x: number[]) => number, x: number[], _h = 1e-5): number[] {
  return x.map((_, i) => centralDifference(f, x, i, STEP));
}
