// Expect: sum-instead-of-mean
const softplus = (v: number) => (v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v)));

export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  return logits.reduce((acc, z, i) => {
    const t = targets[i] as number;
    return acc + posWeight * t * softplus(-z) + (1 - t) * softplus(z);
  }, 0);
}
