/**
 * Mistake: returns the mean of the entries' relative errors instead of the largest, so one wrong entry among many looks fine.
 * Caught by: relativeError takes the largest entry
 * Misconception: averages-errors
 */
import { entryError } from './_parts.ts';

export { numericalGradient } from './_parts.ts';

export function relativeError(a: number[], b: number[]): number {
  if (a.length === 0) return 0;
  return a.reduce((total, ai, i) => total + entryError(ai, b[i] ?? 0), 0) / a.length;
}
