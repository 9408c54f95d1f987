// Expect: shift-by-min
export function logSumExp(values: number[]): number {
  const pivot = values.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  let acc = 0;
  for (const v of values) acc += Math.exp(v - pivot);
  return pivot + Math.log(acc);
}

export function logSoftmax(logits: number[]): number[] {
  const l = logSumExp(logits);
  return logits.map((z) => z - l);
}
