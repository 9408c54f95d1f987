/**
 * Mistake: computes perplexity as one over the geometric mean of the label probabilities by
 * multiplying them, a product that underflows to 0 on a long batch and gives Infinity.
 * Caught by: perplexity stays finite on a long batch
 * Misconception: product-underflow
 */
import { exampleLoss } from './_parts.ts';

export { crossEntropy } from './_parts.ts';

export function perplexity(logits: number[][], labels: number[]): number {
  let product = 1;
  logits.forEach((row, n) => {
    product *= Math.exp(-exampleLoss(row, labels[n] ?? 0));
  });
  return product ** (-1 / logits.length);
}
