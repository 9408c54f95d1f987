/**
 * Lesson · Log-sum-exp and log-softmax (/lessons/log-softmax/)
 *
 * Log-sum-exp of a non-empty vector: LSE(v) = ln Σ e^{vᵢ}. It must stay finite and accurate for
 * entries like 1000 or −1e6, skip entries of −Infinity, and give −Infinity when every entry is −Infinity.
 */
export function logSumExp(values: number[]): number {
  // TODO: implement logSumExp; values must not change.
  void values;
  throw new Error('TODO: implement logSumExp');
}

/**
 * Log-softmax of a vector of logits: log pᵢ = zᵢ − LSE(z), one log-probability per logit.
 * A logit of −Infinity gets −Infinity; a gap of 1000 gives about −1000, never −Infinity.
 */
export function logSoftmax(logits: number[]): number[] {
  // TODO: implement logSoftmax and return a new array.
  void logits;
  throw new Error('TODO: implement logSoftmax');
}
