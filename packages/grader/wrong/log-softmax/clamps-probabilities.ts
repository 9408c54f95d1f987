/**
 * Mistake: clamps each probability to at least 1e-12 before the log "so it is never −∞", which caps
 * every log-probability at about −27.6 and hides a masked class.
 * Caught by: logSoftmax of a gap of 1000 is about −1000, never −∞
 * Misconception: clamps-values
 */
export function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  if (max === Number.NEGATIVE_INFINITY) return max;
  return max + Math.log(values.reduce((sum, v) => sum + Math.exp(v - max), 0));
}

export function logSoftmax(logits: number[]): number[] {
  const lse = logSumExp(logits);
  return logits.map((z) => Math.log(Math.max(Math.exp(z - lse), 1e-12)));
}
