/**
 * Mistake: starts the running max at 0, so all-negative logits are not shifted and underflow.
 * Caught by: survives logits of −1000
 * Misconception: max-starts-at-zero
 */
export function softmax(logits: number[]): number[] {
  let max = 0;
  for (const z of logits) if (z > max) max = z;
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
