/**
 * Mistake: computes y − p instead of p − y, the gradient of the negated loss.
 * Caught by: the true class gets a negative gradient
 * Misconception: sign-flipped
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const batchSize = logits.length;
  return logits.map((row, n) =>
    softmax(row).map((p, k) => ((k === labels[n] ? 1 : 0) - p) / batchSize),
  );
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
