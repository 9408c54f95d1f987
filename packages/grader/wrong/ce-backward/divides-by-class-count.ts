/**
 * Mistake: divides by the number of classes K instead of the number of examples N.
 * Caught by: divides by the batch size
 * Misconception: divides-by-classes
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  return logits.map((row, n) =>
    softmax(row).map((p, k) => (p - (k === labels[n] ? 1 : 0)) / row.length),
  );
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
