/**
 * Mistake: puts posWeight on the (1 − y) term, weighting the negative class instead of the positive one.
 * Caught by: posWeight scales the positive term
 * Misconception: pos-weight-on-wrong-term
 */
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  const softplus = (t: number) => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
  const losses = logits.map((x, i) => {
    const y = targets[i] ?? 0;
    return y * softplus(-x) + posWeight * (1 - y) * softplus(x);
  });
  return losses.reduce((sum, l) => sum + l, 0) / losses.length;
}
