/**
 * Mistake: returns Math.max(...errors), which is −Infinity for two empty arrays.
 * Caught by: relativeError of empty arrays is 0
 * Misconception: empty-input
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
  const errors = a.map((ai, i) => {
    const bi = b[i] ?? 0;
    return ai === bi ? 0 : Math.abs(ai - bi) / Math.max(Math.abs(ai), Math.abs(bi));
  });
  return Math.max(...errors);
}
