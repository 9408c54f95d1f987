// Expect: shift-by-min
export function softmax(logits: number[]): number[] {
  const lowest = logits.reduce((a, b) => Math.min(a, b));
  const weights: number[] = [];
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const w = Math.exp((logits[i] ?? 0) - lowest);
    weights.push(w);
    total += w;
  }
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / total;
  return weights;
}
