/**
 * Mistake: uses a fixed step of 1e-5 inside the loop and never reads the h it was given.
 * Caught by: uses the h it is given
 * Misconception: ignores-step
 */
const STEP = 1e-5;

export function numericalGradient(f: (x: number[]) => number, x: number[], _h = 1e-5): number[] {
  return x.map((xi, i) => {
    const plus = x.slice();
    const minus = x.slice();
    plus[i] = xi + STEP;
    minus[i] = xi - STEP;
    return (f(plus) - f(minus)) / (2 * STEP);
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
