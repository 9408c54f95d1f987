/**
 * Mistake: returns H(y, p) as the KL divergence, which is right only when y is one-hot (H(y) = 0).
 * Caught by: KL divergence of a distribution from itself is 0
 * Misconception: kl-equals-cross-entropy
 */
export { crossEntropyBetween, crossEntropyBetween as klDivergence, entropy } from './_parts.ts';
