/**
 * Mistake: uses the log-probabilities log p instead of the probabilities p in p − y.
 * Caught by: each gradient row sums to 0
 * Misconception: log-probabilities-for-probabilities
 */
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const batchSize = logits.length;
  return logits.map((row, n) => {
    const max = Math.max(...row);
    const logSumExp = max + Math.log(row.reduce((sum, z) => sum + Math.exp(z - max), 0));
    return row.map((z, k) => (z - logSumExp - (k === labels[n] ? 1 : 0)) / batchSize);
  });
}
