/**
 * Mistake: replaces each logit by its loss in the caller's array to save memory.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  const softplus = (t: number) => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] ?? 0;
    const y = targets[i] ?? 0;
    logits[i] = posWeight * y * softplus(-x) + (1 - y) * softplus(x);
  }
  return logits.reduce((sum, l) => sum + l, 0) / logits.length;
}
