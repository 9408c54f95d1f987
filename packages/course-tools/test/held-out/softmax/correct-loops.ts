// Expect: none (correct)
export function softmax(logits: number[]): number[] {
  let peak = logits[0] ?? 0;
  for (let i = 1; i < logits.length; i++) peak = Math.max(peak, logits[i] ?? 0);
  const out: number[] = [];
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const w = Math.exp((logits[i] ?? 0) - peak);
    out.push(w);
    total += w;
  }
  const inv = 1 / total;
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) * inv;
  return out;
}
