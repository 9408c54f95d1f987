/**
 * Mistake: shifts by the maximum even when it is −∞, so a vector of only −∞ gives −∞ − (−∞) = NaN.
 * Caught by: logSumExp of only −∞ values is −∞
 * Misconception: fully-masked-nan
 */
export function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  let total = 0;
  for (const v of values) total += Math.exp(v - max);
  return max + Math.log(total);
}

export function logSoftmax(logits: number[]): number[] {
  const lse = logSumExp(logits);
  return logits.map((z) => z - lse);
}
