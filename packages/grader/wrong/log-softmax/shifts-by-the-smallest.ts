/**
 * Mistake: factors out e^min instead of e^max, believing any common factor will do; the other
 * exponents are then positive and overflow for a wide spread of values.
 * Caught by: logSumExp survives values of ±1000
 * Misconception: shift-by-min
 */
export function logSumExp(values: number[]): number {
  const min = Math.min(...values);
  let total = 0;
  for (const v of values) total += Math.exp(v - min);
  return min + Math.log(total);
}

export function logSoftmax(logits: number[]): number[] {
  const lse = logSumExp(logits);
  return logits.map((z) => z - lse);
}
