// Expect: none (correct)
export function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    let top = Number.NEGATIVE_INFINITY;
    for (const v of z) if (v > top) top = v;
    let acc = 0;
    for (const v of z) acc += Math.exp(v - top);
    total += Math.log(acc) - ((z[labels[n] ?? 0] ?? 0) - top);
  }
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}
