/**
 * Mistake: subtracts each row's maximum from the logits in place, changing the caller's array.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  const total = logits.reduce((sum, row, n) => sum + exampleLoss(row, labels[n] ?? 0), 0);
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}

function exampleLoss(row: number[], label: number): number {
  const max = Math.max(...row);
  for (let k = 0; k < row.length; k++) row[k] = (row[k] ?? 0) - max;
  return Math.log(row.reduce((sum, z) => sum + Math.exp(z), 0)) - (row[label] ?? 0);
}
