/**
 * Mistake: returns the gradient of the summed loss, forgetting to divide by the batch size.
 * Caught by: divides by the batch size
 * Misconception: sum-instead-of-mean
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  return logits.map((row, n) => softmax(row).map((p, k) => p - (k === labels[n] ? 1 : 0)));
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
