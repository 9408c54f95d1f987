/**
 * Mistake: puts (p_y − 1)/N at the true class and 0 everywhere else, as if only the label's logit mattered.
 * Caught by: each gradient row sums to 0
 * Misconception: only-true-class
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const batchSize = logits.length;
  return logits.map((row, n) =>
    softmax(row).map((p, k) => (k === labels[n] ? (p - 1) / batchSize : 0)),
  );
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
