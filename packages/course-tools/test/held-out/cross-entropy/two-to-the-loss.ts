// Expect: bits-instead-of-nats
export function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    const top = Math.max(...z);
    let acc = 0;
    for (const v of z) acc += Math.exp(v - top);
    total += top + Math.log(acc) - (z[labels[n] ?? 0] ?? 0);
  }
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return 2 ** crossEntropy(logits, labels);
}
