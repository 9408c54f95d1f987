/**
 * Mistake: weights the terms by p and takes the log of y, −Σ pᵢ ln yᵢ, reading H(y, p) as "model first".
 * Caught by: cross-entropy weights by y and takes the log of p
 * Misconception: swapped-arguments
 */
export function entropy(y: number[]): number {
  let total = 0;
  for (const yi of y) if (yi > 0) total -= yi * Math.log(yi);
  return total;
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let total = 0;
  p.forEach((pi, i) => {
    if (pi > 0) total -= pi * Math.log(y[i] ?? 0);
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
