// Expect: swapped-arguments
export function entropy(y: number[]): number {
  return y.reduce((acc, q) => (q > 0 ? acc - q * Math.log(q) : acc), 0);
}

/** Reads H(y, p) as "p's probabilities, y's code". */
export function crossEntropyBetween(y: number[], p: number[]): number {
  return p.reduce((acc, q, i) => (q > 0 ? acc - q * Math.log(y[i] ?? 0) : acc), 0);
}

export function klDivergence(y: number[], p: number[]): number {
  return y.reduce((acc, q, i) => (q > 0 ? acc + q * Math.log(q / (p[i] ?? 0)) : acc), 0);
}
