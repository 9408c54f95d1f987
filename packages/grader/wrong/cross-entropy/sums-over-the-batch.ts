/**
 * Mistake: adds the per-example losses and never divides by N, so the loss grows with the batch.
 * Caught by: takes the mean over the batch
 * Misconception: sum-instead-of-mean
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  return logits.reduce((sum, row, n) => sum + exampleLoss(row, labels[n] ?? 0), 0);
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}

function exampleLoss(row: number[], label: number): number {
  const max = Math.max(...row);
  const lse = max + Math.log(row.reduce((sum, z) => sum + Math.exp(z - max), 0));
  return lse - (row[label] ?? 0);
}
