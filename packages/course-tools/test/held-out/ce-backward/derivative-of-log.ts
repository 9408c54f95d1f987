// Expect: gradient-wrt-probabilities
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const size = logits.length;
  return logits.map((z, n) => {
    const y = labels[n] ?? 0;
    const peak = Math.max(...z);
    const logNorm = peak + Math.log(z.reduce((s, v) => s + Math.exp(v - peak), 0));
    const py = Math.exp((z[y] ?? 0) - logNorm);
    return z.map((_, k) => (k === y ? -1 / py / size : 0));
  });
}
