/**
 * Mistake: uses the one-sided difference (f(x + h·eᵢ) − f(x)) / h, whose error shrinks only like h.
 * Caught by: uses the central difference
 * Misconception: one-sided-difference
 */
import { nudged } from './_parts.ts';

export { relativeError } from './_parts.ts';

export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const base = f(x.slice());
  return x.map((_, i) => (f(nudged(x, i, h)) - base) / h);
}
