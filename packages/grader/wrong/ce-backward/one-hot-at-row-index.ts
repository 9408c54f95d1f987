/**
 * Mistake: puts the one-hot 1 at the row index n instead of at the label of row n.
 * Caught by: a batch of one is p − y
 * Misconception: label-taken-as-row-index
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  void labels;
  const batchSize = logits.length;
  return logits.map((row, n) => softmax(row).map((p, k) => (p - (k === n ? 1 : 0)) / batchSize));
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
