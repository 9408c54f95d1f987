/**
 * Lesson · The gradient of cross-entropy (/lessons/gradients/)
 *
 * Return ∂L/∂z, where L = (1/N) Σ_n −log softmax(z_n)[y_n] is the batch-mean cross-entropy of
 * N rows of logits z_n with integer labels y_n. The result has the same shape as `logits`.
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  // TODO: implement crossEntropyBackward and return one gradient row per row of logits.
  void logits;
  void labels;
  throw new Error('TODO: implement crossEntropyBackward');
}
