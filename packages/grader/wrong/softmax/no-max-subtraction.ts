/**
 * Mistake: exponentiates the raw logits without subtracting the largest one first.
 * Caught by: survives logits of 1000
 * Misconception: no-max-shift
 */
export function softmax(logits: number[]): number[] {
  const exps = logits.map((z) => Math.exp(z));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
