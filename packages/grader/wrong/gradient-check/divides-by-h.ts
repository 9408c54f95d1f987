/**
 * Mistake: divides the difference of f(x + h·eᵢ) and f(x − h·eᵢ) by h, though the two points are 2h apart, so every slope doubles.
 * Caught by: recovers the slopes of a line
 * Misconception: divides-by-h
 */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const gradient: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const plus = [...x];
    const minus = [...x];
    plus[i] = (x[i] ?? 0) + h;
    minus[i] = (x[i] ?? 0) - h;
    gradient.push((f(plus) - f(minus)) / h);
  }
  return gradient;
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
