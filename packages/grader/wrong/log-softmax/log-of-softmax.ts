/**
 * Mistake: computes softmax (safely, with the max trick) and then takes Math.log of each probability,
 * so a probability that rounds to 0 becomes −Infinity.
 * Caught by: logSoftmax of a gap of 1000 is about −1000, never −∞
 * Misconception: naive-log
 */
export function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  if (max === Number.NEGATIVE_INFINITY) return max;
  return max + Math.log(values.reduce((sum, v) => sum + Math.exp(v - max), 0));
}

export function logSoftmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => Math.log(e / total));
}
