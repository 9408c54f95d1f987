/**
 * Lesson · Information: entropy, cross-entropy, KL (/lessons/information/)
 *
 * Entropy of a distribution y, in nats: H(y) = −Σ yᵢ ln yᵢ, where an outcome with yᵢ = 0 adds 0.
 */
export function entropy(y: number[]): number {
  // TODO: implement entropy and return a number of nats.
  void y;
  throw new Error('TODO: implement entropy');
}

/**
 * Cross-entropy of a model distribution p against the data distribution y, in nats:
 * H(y, p) = −Σ yᵢ ln pᵢ. A term with yᵢ = 0 is 0 whatever pᵢ is; yᵢ > 0 with pᵢ = 0 gives Infinity.
 */
export function crossEntropyBetween(y: number[], p: number[]): number {
  // TODO: implement crossEntropyBetween; y and p must not change.
  void y;
  void p;
  throw new Error('TODO: implement crossEntropyBetween');
}

/**
 * KL divergence of the model p from the data y, in nats: KL(y‖p) = Σ yᵢ ln(yᵢ/pᵢ), with the same
 * conventions as crossEntropyBetween. It is 0 when p = y and never negative.
 */
export function klDivergence(y: number[], p: number[]): number {
  // TODO: implement klDivergence; y and p must not change.
  void y;
  void p;
  throw new Error('TODO: implement klDivergence');
}
