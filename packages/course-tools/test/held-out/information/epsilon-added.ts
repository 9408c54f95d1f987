// Expect: clamps-values (a small constant added to p "for safety" rather than a floor)
const EPS = 1e-10;

export function entropy(y: number[]): number {
  return -y.reduce((acc, q) => acc + (q > 0 ? q * Math.log(q) : 0), 0);
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  return -y.reduce((acc, q, i) => acc + (q > 0 ? q * Math.log((p[i] ?? 0) + EPS) : 0), 0);
}

export function klDivergence(y: number[], p: number[]): number {
  return y.reduce((acc, q, i) => acc + (q > 0 ? q * Math.log(q / ((p[i] ?? 0) + EPS)) : 0), 0);
}
