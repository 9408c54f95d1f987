/**
 * Mistake: computes ln Σ e^z without shifting by the maximum, which overflows for logits near 1000.
 * Caught by: survives logits of ±1000
 * Misconception: no-max-shift
 */
import { crossEntropyUsing, perplexityUsing } from './_parts.ts';

export const crossEntropy = crossEntropyUsing(unshiftedLoss);
export const perplexity = perplexityUsing(crossEntropy);

function unshiftedLoss(row: number[], label: number): number {
  return Math.log(row.reduce((sum, z) => sum + Math.exp(z), 0)) - (row[label] ?? 0);
}
