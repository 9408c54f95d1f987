/**
 * Lesson · The cross-entropy loss (/lessons/cross-entropy/)
 *
 * Mean cross-entropy of a batch: logits is N × K, labels[n] is the true class of row n (0 ≤ labels[n] < K).
 * L = (1/N) Σₙ −log softmax(zₙ)[labels[n]]. Accurate for logits up to ±1e6; the inputs must not change.
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  // TODO: implement crossEntropy and return one number for the batch.
  void logits;
  void labels;
  throw new Error('TODO: implement crossEntropy');
}

/**
 * Perplexity of the same batch: exp of the mean cross-entropy, Infinity when that overflows.
 */
export function perplexity(logits: number[][], labels: number[]): number {
  // TODO: implement perplexity.
  void logits;
  void labels;
  throw new Error('TODO: implement perplexity');
}
