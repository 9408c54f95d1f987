/**
 * Mistake: returns log-probabilities (z − logsumexp z) instead of probabilities.
 * Caught by: every probability lies between 0 and 1
 * Misconception: returns-log-probabilities
 */
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const logSumExp = max + Math.log(logits.reduce((sum, z) => sum + Math.exp(z - max), 0));
  return logits.map((z) => z - logSumExp);
}
