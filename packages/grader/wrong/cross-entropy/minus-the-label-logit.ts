/**
 * Mistake: takes −z_k, minus the logit of the label, as the loss, forgetting that the logits must be
 * normalised by log-sum-exp before they are log-probabilities.
 * Caught by: matches the reference on one example
 * Misconception: forgets-normaliser
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  const total = logits.reduce((sum, row, n) => sum + exampleLoss(row, labels[n] ?? 0), 0);
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}

function exampleLoss(row: number[], label: number): number {
  return -(row[label] ?? 0);
}
