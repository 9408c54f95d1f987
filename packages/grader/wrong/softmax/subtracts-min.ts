/**
 * Mistake: subtracts the smallest logit instead of the largest, so a wide spread still overflows.
 * Caught by: survives logits of 1000
 * Misconception: shift-by-min
 */
export function softmax(logits: number[]): number[] {
  const min = Math.min(...logits);
  const exps = logits.map((z) => Math.exp(z - min));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
