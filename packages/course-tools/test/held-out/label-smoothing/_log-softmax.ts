/** A stable log-softmax of one row, shared by the held-out label-smoothing files. */
export function logProbabilities(z: number[]): number[] {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > top) top = v;
  let acc = 0;
  for (const v of z) acc += Math.exp(v - top);
  const lse = top + Math.log(acc);
  return z.map((v) => v - lse);
}
