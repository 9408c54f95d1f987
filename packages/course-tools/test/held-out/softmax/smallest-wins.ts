// Expect: negated-exponent
export function softmax(logits: number[]): number[] {
  const floor = Math.min(...logits);
  const w = logits.map((v) => Math.exp(floor - v));
  let total = 0;
  for (const x of w) total += x;
  return w.map((x) => x / total);
}
