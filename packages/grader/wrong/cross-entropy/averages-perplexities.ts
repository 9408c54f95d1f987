/**
 * Mistake: computes a perplexity e^{lossₙ} for each example and averages them; the mean of the
 * exponentials is larger than the exponential of the mean loss.
 * Caught by: perplexity is the exponential of the mean loss
 * Misconception: averages-perplexities
 */
import { exampleLoss, totalLoss } from './_parts.ts';

export { crossEntropy } from './_parts.ts';

export function perplexity(logits: number[][], labels: number[]): number {
  return (
    totalLoss(logits, labels, (row, label) => Math.exp(exampleLoss(row, label))) / logits.length
  );
}
