// Expect: fully-masked-nan
export function logSumExp(values: number[]): number {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > top) top = v;
  let acc = 0;
  for (const v of values) acc += Math.exp(v - top);
  return top + Math.log(acc);
}

export function logSoftmax(logits: number[]): number[] {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of logits) if (v > top) top = v;
  let acc = 0;
  for (const v of logits) acc += Math.exp(v - top);
  const logAcc = Math.log(acc);
  return logits.map((v) => v - top - logAcc);
}
