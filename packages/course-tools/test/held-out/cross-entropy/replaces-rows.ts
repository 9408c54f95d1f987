// Expect: mutates-input
export function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n] ?? [];
    const top = Math.max(...z);
    logits[n] = z.map((v) => v - top);
    const centred = logits[n] ?? [];
    total +=
      Math.log(centred.reduce((s, v) => s + Math.exp(v), 0)) - (centred[labels[n] ?? 0] ?? 0);
  }
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}
