/**
 * Mistake: divides by |bᵢ| only, treating b as the true gradient; the result then depends on the order of the arguments.
 * Caught by: relativeError divides by the larger magnitude
 * Misconception: wrong-denominator
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
  let largest = 0;
  a.forEach((ai, i) => {
    const bi = b[i] ?? 0;
    if (ai !== bi) largest = Math.max(largest, Math.abs(ai - bi) / Math.abs(bi));
  });
  return largest;
}
