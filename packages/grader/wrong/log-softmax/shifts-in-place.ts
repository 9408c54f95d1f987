/**
 * Mistake: subtracts the log-sum-exp from the logits in place and returns the same array, so the
 * caller's logits are gone.
 * Caught by: does not modify its input
 * Misconception: mutates-input
 */
export function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  if (max === Number.NEGATIVE_INFINITY) return max;
  return max + Math.log(values.reduce((sum, v) => sum + Math.exp(v - max), 0));
}

export function logSoftmax(logits: number[]): number[] {
  const lse = logSumExp(logits);
  for (let i = 0; i < logits.length; i++) logits[i] = (logits[i] ?? 0) - lse;
  return logits;
}
