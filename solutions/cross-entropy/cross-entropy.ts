/**
 * The cross-entropy loss from logits, a mean over the batch: L = (1/N) Σₙ −log softmax(zₙ)[kₙ],
 * with kₙ the true class of row n.
 * Example: crossEntropy([[0, 0]], [1]) = ln 2 ≈ 0.6931.
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  logits.forEach((row, n) => {
    total += exampleLoss(row, labels[n] ?? 0);
  });
  // The mean, not the sum: the loss (and its gradient) does not grow with the batch size.
  return total / logits.length;
}

/**
 * Perplexity: PPL = exp(L) with L the mean cross-entropy, the model's effective number of choices.
 * Example: perplexity([[0, 0, 0, 0]], [2]) = 4.
 */
export function perplexity(logits: number[][], labels: number[]): number {
  // Exponentiate the mean of the logs, never multiply probabilities: their product underflows.
  return Math.exp(crossEntropy(logits, labels));
}

/** −log softmax(z)[k] = ln Σⱼ e^{zⱼ − m} − (z_k − m) with m = max z; no probability is ever formed. */
function exampleLoss(row: number[], label: number): number {
  const max = row.reduce((best, z) => Math.max(best, z), Number.NEGATIVE_INFINITY);
  let total = 0;
  for (const z of row) total += Math.exp(z - max);
  // Subtracting m from z_k before anything else keeps the loss exact for logits like 1e6.
  return Math.log(total) - ((row[label] ?? 0) - max);
}
