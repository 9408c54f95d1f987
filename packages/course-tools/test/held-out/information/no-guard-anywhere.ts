// Expect: zero-log-zero-nan
export function entropy(y: number[]): number {
  let s = 0;
  for (const q of y) s += q * Math.log(q);
  return -s;
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (y[i] ?? 0) * Math.log(p[i] ?? 0);
  return -s;
}

export function klDivergence(y: number[], p: number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (y[i] ?? 0) * Math.log((y[i] ?? 0) / (p[i] ?? 0));
  return s;
}
