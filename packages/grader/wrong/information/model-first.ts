/**
 * Mistake: weights the terms by p and takes the log of y, −Σ pᵢ ln yᵢ, reading H(y, p) as "model first".
 * Caught by: cross-entropy weights by y and takes the log of p
 * Misconception: swapped-arguments
 */
import { sumOverOutcomes } from './_parts.ts';

export { entropy, klDivergence } from './_parts.ts';

export function crossEntropyBetween(y: number[], p: number[]): number {
  return sumOverOutcomes(p, (pi, i) => -pi * Math.log(y[i] ?? 0));
}
