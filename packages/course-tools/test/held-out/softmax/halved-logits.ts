// Expect: none (a mistake the catalogue does not hold: a temperature of 2)
export function softmax(logits: number[]): number[] {
  const peak = Math.max(...logits);
  const w = logits.map((v) => Math.exp((v - peak) / 2));
  const total = w.reduce((s, x) => s + x, 0);
  return w.map((x) => x / total);
}
