/** What the wrong implementations of the gradient check get right, so that each file shows only its mistake. */

/** A copy of x with x[i] moved by delta: nudged([1, 2], 1, 0.5) → [1, 2.5]. */
export function nudged(x: number[], i: number, delta: number): number[] {
  const copy = x.slice();
  copy[i] = (x[i] ?? 0) + delta;
  return copy;
}

/** ∂f/∂x_i ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h, the central difference, with error O(h²). */
export function centralDifference(
  f: (x: number[]) => number,
  x: number[],
  i: number,
  h: number,
): number {
  return (f(nudged(x, i, h)) - f(nudged(x, i, -h))) / (2 * h);
}

/** The correct numerical gradient: the central difference in every coordinate, h = 1e-5 by default. */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((_, i) => centralDifference(f, x, i, h));
}

/** |a − b| / max(|a|, |b|), and 0 when a = b: entryError(1, 1.1) ≈ 0.0909, entryError(0, 0) = 0. */
export function entryError(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

/** The largest entry error over the entries of a; b[i] is 0 where b is shorter. */
export function largestError(
  a: number[],
  b: number[],
  error: (ai: number, bi: number) => number = entryError,
): number {
  return a.reduce((largest, ai, i) => Math.max(largest, error(ai, b[i] ?? 0)), 0);
}

/** The correct relative error of two gradients: the largest entry error, 0 for two empty arrays. */
export function relativeError(a: number[], b: number[]): number {
  return largestError(a, b);
}
