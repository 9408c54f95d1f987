// Expect: mutates-input
export function logSumExp(values: number[]): number {
  const top = Math.max(...values);
  if (top === Number.NEGATIVE_INFINITY) return top;
  return top + Math.log(values.reduce((s, v) => s + Math.exp(v - top), 0));
}

export function logSoftmax(logits: number[]): number[] {
  const top = Math.max(...logits);
  for (let i = 0; i < logits.length; i++) logits[i] = (logits[i] ?? 0) - top;
  const logAcc = Math.log(logits.reduce((s, v) => s + Math.exp(v), 0));
  return logits.map((v) => v - logAcc);
}
