// Expect: mutates-input
export function softmax(logits: number[]): number[] {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of logits) top = Math.max(top, v);
  let norm = 0;
  for (let i = 0; i < logits.length; i++) {
    logits[i] = Math.exp((logits[i] ?? 0) - top);
    norm += logits[i] ?? 0;
  }
  for (let i = 0; i < logits.length; i++) logits[i] = (logits[i] ?? 0) / norm;
  return logits;
}
