// Expect: zero-over-zero
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((xi, i) => {
    const hi = x.map((v, j) => (j === i ? xi + h : v));
    const lo = x.map((v, j) => (j === i ? xi - h : v));
    return (f(hi) - f(lo)) / (2 * h);
  });
}

export function relativeError(a: number[], b: number[]): number {
  const ratios = a.map((ai, i) => {
    const bi = b[i] as number;
    return Math.abs(ai - bi) / Math.max(Math.abs(ai), Math.abs(bi));
  });
  return Math.max(0, ...ratios);
}
