/**
 * Mistake: sums y·ln y over every outcome, so an outcome with y = 0 adds 0 · −Infinity = NaN.
 * Caught by: zero probabilities contribute nothing to the entropy
 * Misconception: zero-log-zero-nan
 */
export function entropy(y: number[]): number {
  return -y.reduce((sum, yi) => sum + yi * Math.log(yi), 0);
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let total = 0;
  y.forEach((yi, i) => {
    if (yi > 0) total -= yi * Math.log(p[i] ?? 0);
  });
  return total;
}

export function klDivergence(y: number[], p: number[]): number {
  let total = 0;
  y.forEach((yi, i) => {
    if (yi > 0) total += yi * Math.log(yi / (p[i] ?? 0));
  });
  return total;
}
