// Expect: naive-log
export function bceWithLogits(logits: number[], targets: number[], posWeight = 1): number {
  const terms = logits.map((z, i) => {
    const t = targets[i] as number;
    const prob = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    return -(posWeight * t * Math.log(prob) + (1 - t) * Math.log(1 - prob));
  });
  return terms.reduce((a, b) => a + b, 0) / terms.length;
}
