/**
 * Mistake: writes KL as Σ yᵢ ln(pᵢ/yᵢ), the ratio upside down, so the divergence comes out negative.
 * Caught by: KL divergence is never negative
 * Misconception: sign-flipped
 */
import { sumOverOutcomes } from './_parts.ts';

export { crossEntropyBetween, entropy } from './_parts.ts';

export function klDivergence(y: number[], p: number[]): number {
  return sumOverOutcomes(y, (yi, i) => yi * Math.log((p[i] ?? 0) / yi));
}
