// Expect: no-max-shift
export function softmax(logits: number[]): number[] {
  const s = logits.reduce((acc, v) => acc + Math.exp(v), 0);
  return logits.map((v) => Math.exp(v) / s);
}
