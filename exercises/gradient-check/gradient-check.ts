/**
 * Lesson · Gradients and backpropagation (/lessons/gradients/)
 *
 * Central-difference gradient of f at x: ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / (2h), one coordinate
 * at a time, calling f twice per coordinate; x must be unchanged when it returns.
 * Example: numericalGradient((v) => v[0] * v[0], [3]) ≈ [6].
 */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  // TODO: implement numericalGradient and return a new array with one slope per coordinate.
  void f;
  void x;
  void h;
  throw new Error('TODO: implement numericalGradient');
}

/**
 * The largest relative error between two gradients: maxᵢ |aᵢ − bᵢ| / max(|aᵢ|, |bᵢ|), where an
 * entry with aᵢ = bᵢ counts 0; 0 for empty arrays.
 * Example: relativeError([1, 0], [3, 0]) = 2/3.
 */
export function relativeError(a: number[], b: number[]): number {
  // TODO: implement relativeError; two equal entries (both 0 included) have error 0.
  void a;
  void b;
  throw new Error('TODO: implement relativeError');
}
