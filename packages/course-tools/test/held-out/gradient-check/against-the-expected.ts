// Expect: wrong-denominator
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((xi, i) => {
    const hi = x.map((v, j) => (j === i ? xi + h : v));
    const lo = x.map((v, j) => (j === i ? xi - h : v));
    return (f(hi) - f(lo)) / (2 * h);
  });
}

/** How far a is from the expected gradient b, relative to b. */
export function relativeError(a: number[], b: number[]): number {
  let worst = 0;
  for (const [i, expected] of b.entries()) {
    const got = a[i] as number;
    if (got === expected) continue;
    worst = Math.max(worst, Math.abs(got - expected) / Math.abs(expected));
  }
  return worst;
}
