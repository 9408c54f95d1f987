/**
 * Mistake: takes −z_k, minus the logit of the label, as the loss, forgetting that the logits must be
 * normalised by log-sum-exp before they are log-probabilities.
 * Caught by: matches the reference on one example
 * Misconception: forgets-normaliser
 */
import { crossEntropyUsing, perplexityUsing } from './_parts.ts';

export const crossEntropy = crossEntropyUsing(minusLabelLogit);
export const perplexity = perplexityUsing(crossEntropy);

function minusLabelLogit(row: number[], label: number): number {
  return -(row[label] ?? 0);
}
