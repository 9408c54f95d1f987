// Expect: ignores-impossible-outcomes
export function entropy(y: number[]): number {
  let s = 0;
  for (const q of y) if (q > 0) s -= q * Math.log(q);
  return s;
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) if ((y[i] ?? 0) > 0) s -= (y[i] ?? 0) * Math.log(p[i] ?? 0);
  return s;
}

export function klDivergence(y: number[], p: number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const a = y[i] ?? 0;
    const b = p[i] ?? 0;
    if (a > 0 && b > 0) s += a * (Math.log(a) - Math.log(b));
  }
  return s;
}
