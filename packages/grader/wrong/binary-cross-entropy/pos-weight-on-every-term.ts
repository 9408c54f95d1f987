/**
 * Mistake: multiplies the whole element loss by posWeight, so negative examples are weighted too.
 * Caught by: posWeight leaves negative examples alone
 * Misconception: pos-weight-on-wrong-term
 */
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  const softplus = (t: number) => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
  const losses = logits.map((x, i) => {
    const y = targets[i] ?? 0;
    return posWeight * (y * softplus(-x) + (1 - y) * softplus(x));
  });
  return losses.reduce((sum, l) => sum + l, 0) / losses.length;
}
