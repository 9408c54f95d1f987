/**
 * Mistake: raises 2 to the loss, as if the loss were in bits; the loss is in nats, so the base is e.
 * Caught by: perplexity of a model that knows nothing is the number of classes
 * Misconception: bits-instead-of-nats
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  const total = logits.reduce((sum, row, n) => sum + exampleLoss(row, labels[n] ?? 0), 0);
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return 2 ** crossEntropy(logits, labels);
}

function exampleLoss(row: number[], label: number): number {
  const max = Math.max(...row);
  const lse = max + Math.log(row.reduce((sum, z) => sum + Math.exp(z - max), 0));
  return lse - (row[label] ?? 0);
}
