// Expect: mutates-input
export function entropy(y: number[]): number {
  return y.reduce((acc, q) => (q > 0 ? acc - q * Math.log(q) : acc), 0);
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  return y.reduce((acc, q, i) => (q > 0 ? acc - q * Math.log(p[i] ?? 0) : acc), 0);
}

/** Turns p into its logs where it stands, to save an array. */
export function klDivergence(y: number[], p: number[]): number {
  for (let i = 0; i < p.length; i++) p[i] = Math.log(p[i] ?? 0);
  return y.reduce((acc, q, i) => (q > 0 ? acc + q * (Math.log(q) - (p[i] ?? 0)) : acc), 0);
}
