/**
 * Mistake: divides every difference by max(|aᵢ|, |bᵢ|) without treating equal entries first, so two zeros give 0 / 0 = NaN.
 * Caught by: relativeError of equal arrays is 0
 * Misconception: zero-over-zero
 */
export { numericalGradient } from './_parts.ts';

export function relativeError(a: number[], b: number[]): number {
  let largest = 0;
  a.forEach((ai, i) => {
    const bi = b[i] ?? 0;
    const error = Math.abs(ai - bi) / Math.max(Math.abs(ai), Math.abs(bi));
    if (!(error <= largest)) largest = error;
  });
  return largest;
}
