/**
 * Mistake: shifts by the maximum inside the sum but forgets to add it back outside the logarithm,
 * so the result is off by exactly the largest value.
 * Caught by: logSumExp matches the reference on small values
 * Misconception: forgets-max-back
 */
export function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  if (max === Number.NEGATIVE_INFINITY) return max;
  return Math.log(values.reduce((sum, v) => sum + Math.exp(v - max), 0));
}

export function logSoftmax(logits: number[]): number[] {
  const lse = logSumExp(logits);
  return logits.map((z) => z - lse);
}
