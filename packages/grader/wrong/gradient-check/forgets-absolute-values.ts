/**
 * Mistake: divides by max(aᵢ, bᵢ) instead of max(|aᵢ|, |bᵢ|), so negative gradients give negative or wrong errors.
 * Caught by: relativeError uses magnitudes
 * Misconception: wrong-denominator
 */
import { largestError } from './_parts.ts';

export { numericalGradient } from './_parts.ts';

export function relativeError(a: number[], b: number[]): number {
  return largestError(a, b, (ai, bi) => (ai === bi ? 0 : Math.abs(ai - bi) / Math.max(ai, bi)));
}
