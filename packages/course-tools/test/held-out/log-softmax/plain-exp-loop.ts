// Expect: no-max-shift
export function logSumExp(values: number[]): number {
  let acc = 0;
  for (const v of values) acc += Math.exp(v);
  return Math.log(acc);
}

export function logSoftmax(logits: number[]): number[] {
  const norm = logSumExp(logits);
  return logits.map((v) => v - norm);
}
