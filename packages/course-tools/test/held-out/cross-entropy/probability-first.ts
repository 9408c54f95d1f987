// Expect: naive-log
export function crossEntropy(logits: number[][], labels: number[]): number {
  const losses = logits.map((z, n) => {
    const top = Math.max(...z);
    const w = z.map((v) => Math.exp(v - top));
    const p = (w[labels[n] ?? 0] ?? 0) / w.reduce((a, b) => a + b, 0);
    return -Math.log(p);
  });
  return losses.reduce((a, b) => a + b, 0) / losses.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}
