// Expect: divides-by-classes
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const count = logits.length * (logits[0]?.length ?? 1);
  return logits.map((z, n) => {
    const top = Math.max(...z);
    const e = z.map((v) => Math.exp(v - top));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((x, k) => (x / s - (k === labels[n] ? 1 : 0)) * (logits.length / count));
  });
}
