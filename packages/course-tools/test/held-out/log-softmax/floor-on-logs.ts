// Expect: clamps-values
const LOWEST = Math.log(1e-12);

export function logSumExp(values: number[]): number {
  const top = Math.max(...values);
  if (top === Number.NEGATIVE_INFINITY) return top;
  let acc = 0;
  for (const v of values) acc += Math.exp(v - top);
  return top + Math.log(acc);
}

/** Keeps every log-probability above log 1e-12 so nothing downstream sees −∞. */
export function logSoftmax(logits: number[]): number[] {
  const norm = logSumExp(logits);
  return logits.map((z) => Math.max(z - norm, LOWEST));
}
