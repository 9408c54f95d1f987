/**
 * Mistake: moves x[i] in place and puts it back by adding h again; (x + h − 2h) + h is not always x in floating point, so the caller gets a slightly different x.
 * Caught by: leaves x unchanged
 * Misconception: mutates-input
 */
export { relativeError } from './_parts.ts';

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
