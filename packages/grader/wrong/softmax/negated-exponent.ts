/**
 * Mistake: exponentiates −z instead of z, which gives the largest logit the smallest probability.
 * Caught by: larger logits get larger probabilities
 * Misconception: negated-exponent
 */
export function softmax(logits: number[]): number[] {
  const min = Math.min(...logits);
  const exps = logits.map((z) => Math.exp(-(z - min)));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
