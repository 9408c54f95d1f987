/**
 * Mistake: scores each row on the class the model predicts (its largest logit) instead of the class
 * the label names, so a wrong prediction looks confident and cheap.
 * Caught by: matches the reference on a small batch
 * Misconception: scores-the-prediction
 */
export function crossEntropy(logits: number[][], labels: number[]): number {
  const total = logits.reduce((sum, row, n) => sum + exampleLoss(row, labels[n] ?? 0), 0);
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}

function exampleLoss(row: number[], _label: number): number {
  const max = Math.max(...row);
  return Math.log(row.reduce((sum, z) => sum + Math.exp(z - max), 0));
}
