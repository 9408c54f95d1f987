/**
 * Gradients and backpropagation: the central-difference gradient,
 * ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / (2h), whose error shrinks like h².
 * Example: numericalGradient((v) => v[0] * v[0], [3]) ≈ [6].
 */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((xi, i) => {
    // Fresh copies for each coordinate: the caller's x is never written, and every other
    // coordinate stays exactly where it was.
    const plus = x.slice();
    const minus = x.slice();
    plus[i] = xi + h;
    minus[i] = xi - h;
    // The two points are 2h apart.
    return (f(plus) - f(minus)) / (2 * h);
  });
}

/**
 * The largest relative error maxᵢ |aᵢ − bᵢ| / max(|aᵢ|, |bᵢ|), with 0 for equal entries.
 * Example: relativeError([1, 0], [3, 0]) = 2/3; relativeError([], []) = 0.
 */
export function relativeError(a: number[], b: number[]): number {
  let largest = 0;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    // Equal entries are exact agreement, and this also avoids 0 / 0 when both are 0.
    if (ai === bi) continue;
    largest = Math.max(largest, Math.abs(ai - bi) / Math.max(Math.abs(ai), Math.abs(bi)));
  }
  return largest;
}
