/**
 * Mistake: clamps p to at least 1e-12 before the log "to avoid log 0", so a model that rules out an
 * outcome that happens gets a finite cost instead of Infinity.
 * Caught by: cross-entropy is Infinity when p rules out an outcome that y allows
 * Misconception: clamps-values
 */
import { sumOverOutcomes } from './_parts.ts';

export { entropy } from './_parts.ts';

const EPSILON = 1e-12;

/** pᵢ, but never below EPSILON. */
function clamped(p: number[], i: number): number {
  return Math.max(p[i] ?? 0, EPSILON);
}

export function crossEntropyBetween(y: number[], p: number[]): number {
  return sumOverOutcomes(y, (yi, i) => -yi * Math.log(clamped(p, i)));
}

export function klDivergence(y: number[], p: number[]): number {
  return sumOverOutcomes(y, (yi, i) => yi * (Math.log(yi) - Math.log(clamped(p, i))));
}
