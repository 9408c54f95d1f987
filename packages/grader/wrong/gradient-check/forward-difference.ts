/**
 * Mistake: uses the one-sided difference (f(x + h·eᵢ) − f(x)) / h, whose error shrinks only like h.
 * Caught by: uses the central difference
 * Misconception: one-sided-difference
 */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const base = f(x.slice());
  return x.map((xi, i) => {
    const plus = x.slice();
    plus[i] = xi + h;
    return (f(plus) - base) / h;
  });
}

export function relativeError(a: number[], b: number[]): number {
  let largest = 0;
  a.forEach((ai, i) => {
    const bi = b[i] ?? 0;
    if (ai !== bi)
      largest = Math.max(largest, Math.abs(ai - bi) / Math.max(Math.abs(ai), Math.abs(bi)));
  });
  return largest;
}
