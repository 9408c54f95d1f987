/**
 * Mistake: returns Math.max(...errors), which is −Infinity for two empty arrays.
 * Caught by: relativeError of empty arrays is 0
 * Misconception: empty-input
 */
import { entryError } from './_parts.ts';

export { numericalGradient } from './_parts.ts';

export function relativeError(a: number[], b: number[]): number {
  return Math.max(...a.map((ai, i) => entryError(ai, b[i] ?? 0)));
}
