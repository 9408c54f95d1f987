/**
 * Mistake: subtracts the max from the logits in place, changing the caller's array.
 * Caught by: does not modify its input
 * Misconception: mutates-input
 */
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  for (let i = 0; i < logits.length; i++) logits[i] = (logits[i] ?? 0) - max;
  const exps = logits.map((z) => Math.exp(z));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
