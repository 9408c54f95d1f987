// Expect: sum-instead-of-mean, no-max-shift (two mistakes at once: either is right)
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  return logits.map((z, n) => {
    const e = z.map((v) => Math.exp(v));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((x, k) => x / s - (k === labels[n] ? 1 : 0));
  });
}
