// Expect: mutates-input
export function softmax(logits: number[]): number[] {
  const largest = logits.sort((a, b) => b - a)[0] ?? 0;
  const w = logits.map((v) => Math.exp(v - largest));
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}
