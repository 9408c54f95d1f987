// Expect: forgets-max-back
export function logSumExp(values: number[]): number {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of values) top = Math.max(top, v);
  if (top === Number.NEGATIVE_INFINITY) return top;
  let acc = 0;
  for (const v of values) acc += Math.exp(v - top);
  return Math.log(acc);
}

export function logSoftmax(logits: number[]): number[] {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of logits) top = Math.max(top, v);
  let acc = 0;
  for (const v of logits) acc += Math.exp(v - top);
  return logits.map((v) => v - top - Math.log(acc));
}
