/**
 * Mistake: computes ln Σ e^z without shifting by the maximum, which overflows for logits near 1000.
 * Caught by: survives logits of ±1000
 * Misconception: no-max-shift
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  const total = logits.reduce((sum, row, n) => sum + exampleLoss(row, labels[n] ?? 0), 0);
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}

function exampleLoss(row: number[], label: number): number {
  return Math.log(row.reduce((sum, z) => sum + Math.exp(z), 0)) - (row[label] ?? 0);
}
