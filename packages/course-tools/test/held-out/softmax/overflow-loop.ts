// Expect: no-max-shift
export function softmax(logits: number[]): number[] {
  let denominator = 0;
  for (const value of logits) denominator += Math.exp(value);
  const out: number[] = [];
  for (const value of logits) out.push(Math.exp(value) / denominator);
  return out;
}
