// Expect: forgets-normaliser
export function logSumExp(values: number[]): number {
  const top = Math.max(...values);
  if (top === Number.NEGATIVE_INFINITY) return top;
  return top + Math.log(values.map((v) => Math.exp(v - top)).reduce((a, b) => a + b, 0));
}

export function logSoftmax(logits: number[]): number[] {
  const top = logits.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const out: number[] = [];
  for (const z of logits) out.push(z - top);
  return out;
}
