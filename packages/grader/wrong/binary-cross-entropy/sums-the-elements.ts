/**
 * Mistake: returns the sum of the element losses instead of their mean.
 * Caught by: averages over the elements
 * Misconception: sum-instead-of-mean
 */
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  const softplus = (t: number) => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
  let total = 0;
  logits.forEach((x, i) => {
    const y = targets[i] ?? 0;
    total += posWeight * y * softplus(-x) + (1 - y) * softplus(x);
  });
  return total;
}
