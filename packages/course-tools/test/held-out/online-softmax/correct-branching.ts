// Expect: none (correct)
type State = { max: number; sum: number };

export function streamingLogSumExp(values: Iterable<number>): number {
  let m = Number.NEGATIVE_INFINITY;
  let s = 0;
  for (const v of values) {
    if (v === Number.NEGATIVE_INFINITY) continue;
    if (v <= m) s += Math.exp(v - m);
    else {
      s = s * Math.exp(m - v) + 1;
      m = v;
    }
  }
  return s === 0 ? Number.NEGATIVE_INFINITY : m + Math.log(s);
}

export function mergeLogSumExp(a: State, b: State): State {
  if (a.max === Number.NEGATIVE_INFINITY) return { max: b.max, sum: b.sum };
  if (b.max === Number.NEGATIVE_INFINITY) return { max: a.max, sum: a.sum };
  const hi = a.max > b.max ? a.max : b.max;
  return { max: hi, sum: a.sum * Math.exp(a.max - hi) + b.sum * Math.exp(b.max - hi) };
}
