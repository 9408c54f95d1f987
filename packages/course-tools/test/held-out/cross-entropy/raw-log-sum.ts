// Expect: no-max-shift
export function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  logits.forEach((z, n) => {
    const lse = Math.log(z.map(Math.exp).reduce((a, b) => a + b, 0));
    total += lse - (z[labels[n] ?? 0] ?? 0);
  });
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}
