/**
 * Mistake: clamps the probability of the label to at least 1e-7 before the log "for safety", as some
 * frameworks do with probabilities, so a confidently wrong model costs at most about 16.1.
 * Caught by: a gap of 1000 against the label costs about 1000, never Infinity
 * Misconception: clamps-values
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
  return -Math.log(Math.max((exps[label] ?? 0) / total, 1e-7));
}
