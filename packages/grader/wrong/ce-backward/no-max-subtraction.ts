/**
 * Mistake: computes the softmax inside the gradient without subtracting the max, so it overflows.
 * Caught by: survives logits of 1000
 * Misconception: no-max-shift
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const batchSize = logits.length;
  return logits.map((row, n) => {
    const exps = row.map((z) => Math.exp(z));
    const total = exps.reduce((sum, e) => sum + e, 0);
    return exps.map((e, k) => (e / total - (k === labels[n] ? 1 : 0)) / batchSize);
  });
}
