import { checkVector } from './validate.ts';

/**
 * Stable log-sum-exp: LSE(x) = m + log Σ exp(xᵢ − m) with m = max x.
 * Returns −Infinity for an empty or all −Infinity input. Example: logSumExp([0, 0]) = log 2 ≈ 0.6931.
 */
export function logSumExp(values: number[]): number {
  checkVector('logSumExp', 'values', values);
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  if (!Number.isFinite(max)) return max;
  let total = 0;
  for (const value of values) total += Math.exp(value - max);
  return max + Math.log(total);
}
