import { describe } from './validate.ts';

/** How a per-element loss is reduced: PyTorch's `reduction` argument. */
export type Reduction = 'mean' | 'sum' | 'none';

/**
 * What a loss returns for a reduction: one loss per element for 'none', one number otherwise. A
 * loss called without options or with a literal reduction gets the exact type; called with any
 * `Reduction`, it gets `number | number[]`.
 */
export type LossResult<R extends Reduction> = R extends 'none' ? number[] : number;

/** Throws unless `reduction` is 'mean', 'sum' or 'none'; returns it with 'mean' as the default. */
export function checkReduction(fn: string, reduction: unknown = 'mean'): Reduction {
  if (reduction === 'mean' || reduction === 'sum' || reduction === 'none') return reduction;
  throw new TypeError(`${fn}: reduction = ${describe(reduction)} must be 'mean', 'sum' or 'none'`);
}

/** Reduces per-element losses: their sum divided by `divisor` ('mean'), their sum, or a copy ('none'). */
export function reduce(
  losses: number[],
  reduction: Reduction,
  divisor = losses.length,
): number | number[] {
  if (reduction === 'none') return losses;
  let total = 0;
  for (const loss of losses) total += loss;
  return reduction === 'sum' ? total : total / divisor;
}

/** The factor the gradient of one element's loss carries: 1/divisor for 'mean', 1 otherwise. */
export function gradientScale(reduction: Reduction, divisor: number): number {
  return reduction === 'mean' ? 1 / divisor : 1;
}
