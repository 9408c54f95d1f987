/**
 * Mistake: uses log base 2 throughout, so every result is in bits, ln 2 times the nats asked for.
 * Caught by: entropy matches the reference on small distributions
 * Misconception: bits-instead-of-nats
 */
export function entropy(y: number[]): number {
  let total = 0;
  for (const yi of y) if (yi > 0) total -= yi * Math.log2(yi);
  return total;
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let total = 0;
  y.forEach((yi, i) => {
    if (yi > 0) total -= yi * Math.log2(p[i] ?? 0);
  });
  return total;
}

export function klDivergence(y: number[], p: number[]): number {
  return crossEntropyBetween(y, p) - entropy(y);
}
