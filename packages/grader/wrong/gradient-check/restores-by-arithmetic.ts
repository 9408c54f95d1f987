/**
 * Mistake: moves x[i] in place and puts it back by adding h again; (x + h − 2h) + h is not always x in floating point, so the caller gets a slightly different x.
 * Caught by: leaves x unchanged
 * Misconception: mutates-input
 */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const gradient = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) {
    x[i] = (x[i] ?? 0) + h;
    const up = f(x);
    x[i] = (x[i] ?? 0) - 2 * h;
    const down = f(x);
    x[i] = (x[i] ?? 0) + h;
    gradient[i] = (up - down) / (2 * h);
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
