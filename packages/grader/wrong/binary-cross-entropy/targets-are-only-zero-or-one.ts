/**
 * Mistake: picks one term by testing whether the target is 1, so a soft target such as 0.3 is treated as a 0.
 * Caught by: accepts soft targets
 * Misconception: hard-targets-only
 */
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  const softplus = (t: number) => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
  let total = 0;
  logits.forEach((x, i) => {
    total += targets[i] === 1 ? posWeight * softplus(-x) : softplus(x);
  });
  return total / logits.length;
}
