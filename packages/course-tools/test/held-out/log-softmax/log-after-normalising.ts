// Expect: naive-log
export function logSumExp(values: number[]): number {
  const top = values.reduce((a, b) => (b > a ? b : a), Number.NEGATIVE_INFINITY);
  if (top === Number.NEGATIVE_INFINITY) return top;
  return top + Math.log(values.reduce((s, v) => s + Math.exp(v - top), 0));
}

export function logSoftmax(logits: number[]): number[] {
  const top = logits.reduce((a, b) => (b > a ? b : a), Number.NEGATIVE_INFINITY);
  const w: number[] = [];
  let total = 0;
  for (const z of logits) {
    const e = Math.exp(z - top);
    w.push(e);
    total += e;
  }
  const out: number[] = [];
  for (const e of w) out.push(Math.log(e / total));
  return out;
}
