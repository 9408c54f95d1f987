/**
 * Mistake: divides the difference of f(x + h·eᵢ) and f(x − h·eᵢ) by h, though the two points are 2h apart, so every slope doubles.
 * Caught by: recovers the slopes of a line
 * Misconception: divides-by-h
 */
import { nudged } from './_parts.ts';

export { relativeError } from './_parts.ts';

export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((_, i) => (f(nudged(x, i, h)) - f(nudged(x, i, -h))) / h);
}
