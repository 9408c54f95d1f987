/**
 * Mistake: writes KL as Σ yᵢ ln(pᵢ/yᵢ), the ratio upside down, so the divergence comes out negative.
 * Caught by: KL divergence is never negative
 * Misconception: sign-flipped
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
  let total = 0;
  y.forEach((yi, i) => {
    if (yi > 0) total += yi * Math.log((p[i] ?? 0) / yi);
  });
  return total;
}
