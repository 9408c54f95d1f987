/**
 * Lesson · Information: entropy, cross-entropy, KL (/lessons/information/)
 *
 * Entropy of a distribution p, in nats: H(p) = −Σ pᵢ ln pᵢ, where an outcome with pᵢ = 0 adds 0.
 */
export function entropy(p: number[]): number {
  // TODO: implement entropy and return a number of nats.
  void p;
  throw new Error('TODO: implement entropy');
}

/**
 * Cross-entropy between distributions p and q, in nats: H(p, q) = −Σ pᵢ ln qᵢ.
 * A term with pᵢ = 0 is 0 whatever qᵢ is; pᵢ > 0 with qᵢ = 0 gives Infinity.
 */
export function crossEntropyBetween(p: number[], q: number[]): number {
  // TODO: implement crossEntropyBetween; p and q must not change.
  void p;
  void q;
  throw new Error('TODO: implement crossEntropyBetween');
}

/**
 * KL divergence of q from p, in nats: KL(p‖q) = Σ pᵢ ln(pᵢ/qᵢ), with the same conventions as
 * crossEntropyBetween. It is 0 when q = p and never negative.
 */
export function klDivergence(p: number[], q: number[]): number {
  // TODO: implement klDivergence; p and q must not change.
  void p;
  void q;
  throw new Error('TODO: implement klDivergence');
}
