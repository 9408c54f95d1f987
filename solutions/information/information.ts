/**
 * Information: entropy, cross-entropy, KL. Entropy H(p) = −Σ pᵢ ln pᵢ in nats, with 0·ln 0 = 0.
 * Example: entropy([0.5, 0.5]) = ln 2 ≈ 0.6931.
 */
export function entropy(p: number[]): number {
  let total = 0;
  for (const pi of p) {
    // An outcome that never happens contributes nothing: x·ln x → 0 as x → 0, but 0 · ln 0 is NaN.
    if (pi > 0) total -= pi * Math.log(pi);
  }
  return total;
}

/**
 * Cross-entropy H(p, q) = −Σ pᵢ ln qᵢ: the average cost of coding outcomes of p with q's code.
 * Example: crossEntropyBetween([1, 0], [0.5, 0.5]) = ln 2.
 */
export function crossEntropyBetween(p: number[], q: number[]): number {
  let total = 0;
  p.forEach((pi, i) => {
    // A term with pᵢ = 0 is 0 whatever qᵢ is; pᵢ > 0 with qᵢ = 0 gives −ln 0 = Infinity, as it should.
    if (pi > 0) total -= pi * Math.log(q[i] ?? 0);
  });
  return total;
}

/**
 * KL divergence KL(p‖q) = Σ pᵢ ln(pᵢ/qᵢ) = H(p, q) − H(p) ≥ 0, the extra cost of q's code.
 * Example: klDivergence([1, 0], [0.5, 0.5]) = ln 2.
 */
export function klDivergence(p: number[], q: number[]): number {
  let total = 0;
  p.forEach((pi, i) => {
    // The difference of logs rather than the log of pᵢ/qᵢ: same value, and qᵢ = 0 gives Infinity.
    if (pi > 0) total += pi * (Math.log(pi) - Math.log(q[i] ?? 0));
  });
  return total;
}
