// Expect: clamps-values
const TINY = 1e-12;

export function softmax(logits: number[]): number[] {
  const peak = Math.max(...logits);
  const e = logits.map((v) => Math.exp(v - peak));
  const z = e.reduce((s, x) => s + x, 0);
  return e.map((x) => Math.max(x / z, TINY));
}
