/**
 * Mistake: skips a KL term whenever pᵢ = 0 "to avoid dividing by zero", so an outcome the model rules
 * out, but that happens, costs nothing instead of Infinity.
 * Caught by: KL divergence is Infinity when p rules out an outcome that y allows
 * Misconception: ignores-impossible-outcomes
 */
export { crossEntropyBetween, entropy } from './_parts.ts';

export function klDivergence(y: number[], p: number[]): number {
  let total = 0;
  y.forEach((yi, i) => {
    const pi = p[i] ?? 0;
    if (yi === 0 || pi === 0) return;
    total += yi * Math.log(yi / pi);
  });
  return total;
}
