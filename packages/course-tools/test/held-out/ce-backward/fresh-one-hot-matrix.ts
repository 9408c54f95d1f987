// Expect: no-max-shift
export function crossEntropyBackward(logits: number[][], labels: number[]): number[][] {
  const classes = logits[0]?.length ?? 0;
  const oneHot = labels.map((y) => Array.from({ length: classes }, (_, k) => (k === y ? 1 : 0)));
  return logits.map((z, n) => {
    const e = z.map(Math.exp);
    const total = e.reduce((a, b) => a + b, 0);
    return e.map((x, k) => (x / total - (oneHot[n]?.[k] ?? 0)) / logits.length);
  });
}
