/** What the wrong implementations of entropy, cross-entropy and KL get right, so that each file shows only its mistake. */

/** Σ term(wᵢ, i) over the outcomes with weight wᵢ > 0, so 0·ln 0 never turns into NaN. */
export function sumOverOutcomes(
  weights: number[],
  term: (wi: number, i: number) => number,
): number {
  let total = 0;
  weights.forEach((wi, i) => {
    if (wi > 0) total += term(wi, i);
  });
  return total;
}

/** The correct H(y) = −Σ yᵢ ln yᵢ in nats: entropy([0.5, 0.5]) = ln 2. */
export function entropy(y: number[]): number {
  return sumOverOutcomes(y, (yi) => -yi * Math.log(yi));
}

/** The correct H(y, p) = −Σ yᵢ ln pᵢ: crossEntropyBetween([1, 0], [0.5, 0.5]) = ln 2. */
export function crossEntropyBetween(y: number[], p: number[]): number {
  return sumOverOutcomes(y, (yi, i) => -yi * Math.log(p[i] ?? 0));
}

/** The correct KL(y‖p) = Σ yᵢ ln(yᵢ/pᵢ): klDivergence([1, 0], [0.5, 0.5]) = ln 2. */
export function klDivergence(y: number[], p: number[]): number {
  return sumOverOutcomes(y, (yi, i) => yi * Math.log(yi / (p[i] ?? 0)));
}
