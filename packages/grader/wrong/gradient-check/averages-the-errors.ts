/**
 * Mistake: returns the mean of the entries' relative errors instead of the largest, so one wrong entry among many looks fine.
 * Caught by: relativeError takes the largest entry
 * Misconception: averages-errors
 */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((xi, i) => {
    const plus = x.slice();
    const minus = x.slice();
    plus[i] = xi + h;
    minus[i] = xi - h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

export function relativeError(a: number[], b: number[]): number {
  if (a.length === 0) return 0;
  let total = 0;
  a.forEach((ai, i) => {
    const bi = b[i] ?? 0;
    if (ai !== bi) total += Math.abs(ai - bi) / Math.max(Math.abs(ai), Math.abs(bi));
  });
  return total / a.length;
}
