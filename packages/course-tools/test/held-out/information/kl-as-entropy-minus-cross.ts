// Expect: sign-flipped
export function entropy(y: number[]): number {
  return y.reduce((acc, q) => (q > 0 ? acc - q * Math.log(q) : acc), 0);
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  return y.reduce((acc, q, i) => (q > 0 ? acc - q * Math.log(p[i] ?? 0) : acc), 0);
}

/** The two terms subtracted the wrong way round. */
export function klDivergence(y: number[], p: number[]): number {
  return entropy(y) - crossEntropyBetween(y, p);
}
