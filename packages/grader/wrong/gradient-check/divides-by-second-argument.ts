/**
 * Mistake: divides by |bᵢ| only, treating b as the true gradient; the result then depends on the order of the arguments.
 * Caught by: relativeError divides by the larger magnitude
 * Misconception: wrong-denominator
 */
import { largestError } from './_parts.ts';

export { numericalGradient } from './_parts.ts';

export function relativeError(a: number[], b: number[]): number {
  return largestError(a, b, (ai, bi) => (ai === bi ? 0 : Math.abs(ai - bi) / Math.abs(bi)));
}
