/**
 * Mistake: computes the softmax probability of the label (safely) and then takes its log, so a
 * probability that rounds to 0 gives an infinite loss.
 * Caught by: a gap of 1000 against the label costs about 1000, never Infinity
 * Misconception: naive-log
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
  const exps = row.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return -Math.log((exps[label] ?? 0) / total);
}
