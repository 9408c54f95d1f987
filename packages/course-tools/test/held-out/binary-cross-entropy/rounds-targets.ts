// Expect: hard-targets-only
const softplus = (v: number) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  let total = 0;
  logits.forEach((z, i) => {
    const positive = (targets[i] as number) > 0.5;
    total += positive ? posWeight * softplus(-z) : softplus(z);
  });
  return total / logits.length;
}
