/**
 * Mistake: adds the per-example losses and never divides by N, so the loss grows with the batch.
 * Caught by: takes the mean over the batch
 * Misconception: sum-instead-of-mean
 */
import { perplexityUsing, totalLoss } from './_parts.ts';

export function crossEntropy(logits: number[][], labels: number[]): number {
  return totalLoss(logits, labels);
}

export const perplexity = perplexityUsing(crossEntropy);
