// Expect: pos-weight-on-wrong-term
const softplus = (v: number) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i] as number;
    const t = targets[i] as number;
    // softplus(z) − t·z is the unweighted element loss; then weight it
    total += posWeight * (softplus(z) - t * z);
  }
  return total / logits.length;
}
