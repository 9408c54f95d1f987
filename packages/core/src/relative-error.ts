import { checkSameLength, checkVector } from './validate.ts';

/**
 * Largest elementwise relative error, maxᵢ |aᵢ − bᵢ| / max(|aᵢ|, |bᵢ|), with 0 where aᵢ = bᵢ
 * (so two zeros agree) and 0 for empty arrays; NaN if an entry is NaN, Infinity where an infinite
 * entry differs from its partner. The usual yardstick of a gradient check.
 * Example: relativeError([1, 0], [1.1, 0]) = 0.1 / 1.1 ≈ 0.0909.
 */
export function relativeError(a: number[], b: number[]): number {
  const fn = 'relativeError';
  checkVector(fn, 'a', a);
  checkVector(fn, 'b', b);
  checkSameLength(fn, 'a', a, 'b', b);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    if (Number.isNaN(ai) || Number.isNaN(bi)) return Number.NaN;
    if (ai === bi) continue;
    const scale = Math.max(Math.abs(ai), Math.abs(bi));
    const e = scale === Number.POSITIVE_INFINITY ? scale : Math.abs(ai - bi) / scale;
    if (e > worst) worst = e;
  }
  return worst;
}
