// Expect: none (a mistake the catalogue does not hold: powers of 2 instead of e)
export function softmax(logits: number[]): number[] {
  const top = Math.max(...logits);
  const w = logits.map((v) => 2 ** (v - top));
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}
