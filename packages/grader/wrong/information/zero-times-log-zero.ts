/**
 * Mistake: sums y·ln y over every outcome, so an outcome with y = 0 adds 0 · −Infinity = NaN.
 * Caught by: zero probabilities contribute nothing to the entropy
 * Misconception: zero-log-zero-nan
 */
export { crossEntropyBetween, klDivergence } from './_parts.ts';

export function entropy(y: number[]): number {
  return -y.reduce((sum, yi) => sum + yi * Math.log(yi), 0);
}
