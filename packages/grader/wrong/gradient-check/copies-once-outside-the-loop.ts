/**
 * Mistake: makes the two shifted copies once, before the loop, and never resets them, so the nudges pile up: coordinate i is evaluated with every earlier coordinate still moved.
 * Caught by: nudges one coordinate at a time
 * Misconception: nudges-accumulate
 */
export { relativeError } from './_parts.ts';

export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const plus = x.slice();
  const minus = x.slice();
  return x.map((_, i) => {
    plus[i] = (plus[i] ?? 0) + h;
    minus[i] = (minus[i] ?? 0) - h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}
