// Expect: none (a mistake the catalogue does not hold: the normaliser in base 2)
export function logSumExp(values: number[]): number {
  const top = Math.max(...values);
  if (top === Number.NEGATIVE_INFINITY) return top;
  return top + Math.log2(values.reduce((s, v) => s + Math.exp(v - top), 0));
}

export function logSoftmax(logits: number[]): number[] {
  const norm = logSumExp(logits);
  return logits.map((z) => z - norm);
}
