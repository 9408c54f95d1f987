// Expect: none (correct)
export function logSumExp(values: number[]): number {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > top) top = v;
  if (top === Number.NEGATIVE_INFINITY) return top;
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
  const out: number[] = [];
  for (const v of logits) out.push(v - top - logAcc);
  return out;
}
