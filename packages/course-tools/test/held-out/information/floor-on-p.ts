// Expect: clamps-values
const FLOOR = 1e-12;

export function entropy(y: number[]): number {
  return -y.reduce((acc, q) => acc + (q > 0 ? q * Math.log(q) : 0), 0);
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const q = y[i] ?? 0;
    const safe = (p[i] ?? 0) < FLOOR ? FLOOR : (p[i] ?? 0);
    if (q > 0) s -= q * Math.log(safe);
  }
  return s;
}

export function klDivergence(y: number[], p: number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const q = y[i] ?? 0;
    const safe = (p[i] ?? 0) < FLOOR ? FLOOR : (p[i] ?? 0);
    if (q > 0) s += q * Math.log(q / safe);
  }
  return s;
}
