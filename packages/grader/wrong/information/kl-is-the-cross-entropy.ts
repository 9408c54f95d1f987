/**
 * Mistake: returns H(y, p) as the KL divergence, which is right only when y is one-hot (H(y) = 0).
 * Caught by: KL divergence of a distribution from itself is 0
 * Misconception: kl-equals-cross-entropy
 */
export function entropy(y: number[]): number {
  let total = 0;
  for (const yi of y) if (yi > 0) total -= yi * Math.log(yi);
  return total;
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let total = 0;
  y.forEach((yi, i) => {
    if (yi > 0) total -= yi * Math.log(p[i] ?? 0);
  });
  return total;
}

export function klDivergence(y: number[], p: number[]): number {
  return crossEntropyBetween(y, p);
}
