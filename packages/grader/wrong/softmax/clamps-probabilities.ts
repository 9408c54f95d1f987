/**
 * Mistake: clips every probability to [1e-7, 1 − 1e-7] "to avoid log(0) later".
 * Caught by: survives logits of 1000
 * Misconception: clamps-values
 */
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => Math.min(Math.max(e / total, 1e-7), 1 - 1e-7));
}
