/**
 * Information: entropy, cross-entropy, KL. Entropy H(y) = −Σ yᵢ ln yᵢ in nats, with 0·ln 0 = 0.
 * Example: entropy([0.5, 0.5]) = ln 2 ≈ 0.6931.
 */
export function entropy(y: number[]): number {
  let total = 0;
  for (const yi of y) {
    // An outcome that never happens contributes nothing: x·ln x → 0 as x → 0, but 0 · ln 0 is NaN.
    if (yi > 0) total -= yi * Math.log(yi);
  }
  return total;
}

/**
 * Cross-entropy H(y, p) = −Σ yᵢ ln pᵢ: the average cost of coding outcomes of y with p's code.
 * Example: crossEntropyBetween([1, 0], [0.5, 0.5]) = ln 2.
 */
export function crossEntropyBetween(y: number[], p: number[]): number {
  let total = 0;
  y.forEach((yi, i) => {
    // A term with yᵢ = 0 is 0 whatever pᵢ is; yᵢ > 0 with pᵢ = 0 gives −ln 0 = Infinity, as it should.
    if (yi > 0) total -= yi * Math.log(p[i] ?? 0);
  });
  return total;
}

/**
 * KL divergence KL(y‖p) = Σ yᵢ ln(yᵢ/pᵢ) = H(y, p) − H(y) ≥ 0, the extra cost of p's code.
 * Example: klDivergence([1, 0], [0.5, 0.5]) = ln 2.
 */
export function klDivergence(y: number[], p: number[]): number {
  let total = 0;
  y.forEach((yi, i) => {
    // The difference of logs rather than the log of yᵢ/pᵢ: same value, and pᵢ = 0 gives Infinity.
    if (yi > 0) total += yi * (Math.log(yi) - Math.log(p[i] ?? 0));
  });
  return total;
}
