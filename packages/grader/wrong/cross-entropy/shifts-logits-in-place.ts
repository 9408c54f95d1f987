/**
 * Mistake: subtracts each row's maximum from the logits in place, changing the caller's array.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
import { crossEntropyUsing, perplexityUsing } from './_parts.ts';

export const crossEntropy = crossEntropyUsing(shiftingLoss);
export const perplexity = perplexityUsing(crossEntropy);

function shiftingLoss(row: number[], label: number): number {
  const max = Math.max(...row);
  for (let k = 0; k < row.length; k++) row[k] = (row[k] ?? 0) - max;
  return Math.log(row.reduce((sum, z) => sum + Math.exp(z), 0)) - (row[label] ?? 0);
}
