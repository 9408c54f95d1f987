// Expect: none (a mistake the catalogue does not hold: base-10 logarithms)
export function entropy(y: number[]): number {
  return y.reduce((acc, q) => (q > 0 ? acc - q * Math.log10(q) : acc), 0);
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  return y.reduce((acc, q, i) => (q > 0 ? acc - q * Math.log10(p[i] ?? 0) : acc), 0);
}

export function klDivergence(y: number[], p: number[]): number {
  return y.reduce((acc, q, i) => (q > 0 ? acc + q * Math.log10(q / (p[i] ?? 0)) : acc), 0);
}
