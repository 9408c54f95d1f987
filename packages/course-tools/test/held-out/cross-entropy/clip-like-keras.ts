// Expect: clamps-values
const EPSILON = 1e-7;

export function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  logits.forEach((z, n) => {
    const top = Math.max(...z);
    const w = z.map((v) => Math.exp(v - top));
    const p = (w[labels[n] ?? 0] ?? 0) / w.reduce((a, b) => a + b, 0);
    total -= Math.log(Math.min(Math.max(p, EPSILON), 1 - EPSILON));
  });
  return total / logits.length;
}

export function perplexity(logits: number[][], labels: number[]): number {
  return Math.exp(crossEntropy(logits, labels));
}
