/**
 * Mistake: divides by max(aᵢ, bᵢ) instead of max(|aᵢ|, |bᵢ|), so negative gradients give negative or wrong errors.
 * Caught by: relativeError uses magnitudes
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
    if (ai !== bi) largest = Math.max(largest, Math.abs(ai - bi) / Math.max(ai, bi));
  });
  return largest;
}
