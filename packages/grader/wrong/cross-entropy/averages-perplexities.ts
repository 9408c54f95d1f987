/**
 * Mistake: computes a perplexity e^{lossₙ} for each example and averages them; the mean of the
 * exponentials is larger than the exponential of the mean loss.
 * Caught by: perplexity is the exponential of the mean loss
 * Misconception: averages-perplexities
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  const total = logits.reduce((sum, row, n) => sum + exampleLoss(row, labels[n] ?? 0), 0);
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  const total = logits.reduce((sum, row, n) => sum + Math.exp(exampleLoss(row, labels[n] ?? 0)), 0);
  return total / logits.length;
}

function exampleLoss(row: number[], label: number): number {
  const max = Math.max(...row);
  const lse = max + Math.log(row.reduce((sum, z) => sum + Math.exp(z - max), 0));
  return lse - (row[label] ?? 0);
}
