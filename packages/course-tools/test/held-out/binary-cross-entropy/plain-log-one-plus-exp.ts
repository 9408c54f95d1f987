// Expect: no-max-shift
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i] as number;
    const t = targets[i] as number;
    // −log σ(z) = log(1 + e^(−z)) and −log(1 − σ(z)) = log(1 + e^z)
    total += posWeight * t * Math.log1p(Math.exp(-z)) + (1 - t) * Math.log1p(Math.exp(z));
  }
  return total / logits.length;
}
