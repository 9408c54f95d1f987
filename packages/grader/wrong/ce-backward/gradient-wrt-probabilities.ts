/**
 * Mistake: returns ∂L/∂p = −1/(N·p_y) at the true class (0 elsewhere), the gradient with respect to the probabilities.
 * Caught by: each gradient row sums to 0
 * Misconception: gradient-wrt-probabilities
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const batchSize = logits.length;
  return logits.map((row, n) =>
    softmax(row).map((p, k) => (k === labels[n] ? -1 / (batchSize * p) : 0)),
  );
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
