// Expect: returns-log-probabilities
export function softmax(logits: number[]): number[] {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of logits) if (v > top) top = v;
  let acc = 0;
  for (const v of logits) acc += Math.exp(v - top);
  const logNorm = top + Math.log(acc);
  const result: number[] = [];
  for (const v of logits) result.push(v - logNorm);
  return result;
}
