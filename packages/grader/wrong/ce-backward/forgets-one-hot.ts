/**
 * Mistake: returns the softmax probabilities divided by N and never subtracts the one-hot target.
 * Caught by: each gradient row sums to 0
 * Misconception: one-hot-not-subtracted
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  void labels;
  const batchSize = logits.length;
  return logits.map((row) => softmax(row).map((p) => p / batchSize));
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
