/**
 * Mistake: computes perplexity as one over the geometric mean of the label probabilities by
 * multiplying them, a product that underflows to 0 on a long batch and gives Infinity.
 * Caught by: perplexity stays finite on a long batch
 * Misconception: product-underflow
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  const total = logits.reduce((sum, row, n) => sum + exampleLoss(row, labels[n] ?? 0), 0);
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  let product = 1;
  logits.forEach((row, n) => {
    product *= Math.exp(-exampleLoss(row, labels[n] ?? 0));
  });
  return product ** (-1 / logits.length);
}

function exampleLoss(row: number[], label: number): number {
  const max = Math.max(...row);
  const lse = max + Math.log(row.reduce((sum, z) => sum + Math.exp(z - max), 0));
  return lse - (row[label] ?? 0);
}
