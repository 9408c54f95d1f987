// Expect: bits-instead-of-nats
const log2 = (x: number) => Math.log(x) / Math.LN2;

export function entropy(y: number[]): number {
  return y.filter((q) => q > 0).reduce((acc, q) => acc - q * log2(q), 0);
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  return y.reduce((acc, q, i) => (q > 0 ? acc - q * log2(p[i] ?? 0) : acc), 0);
}

export function klDivergence(y: number[], p: number[]): number {
  return y.reduce((acc, q, i) => (q > 0 ? acc + q * log2(q / (p[i] ?? 0)) : acc), 0);
}
