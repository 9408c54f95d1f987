// Expect: none (correct)
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const scale = 1 / logits.length;
  return logits.map((z, n) => {
    const peak = Math.max(...z);
    const e = z.map((v) => Math.exp(v - peak));
    const inv = 1 / e.reduce((a, b) => a + b, 0);
    const g = e.map((x) => x * inv * scale);
    const y = labels[n] ?? 0;
    g[y] = (g[y] ?? 0) - scale;
    return g;
  });
}
