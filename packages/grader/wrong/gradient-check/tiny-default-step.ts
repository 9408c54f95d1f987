/**
 * Mistake: defaults h to 1e-10, believing a smaller step is always more accurate; rounding in f(x + h) − f(x − h) then dominates.
 * Caught by: uses h = 1e-5 by default
 * Misconception: tiny-step
 */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-10): number[] {
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
    if (ai !== bi)
      largest = Math.max(largest, Math.abs(ai - bi) / Math.max(Math.abs(ai), Math.abs(bi)));
  });
  return largest;
}
