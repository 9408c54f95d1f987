/**
 * Mistake: scores each row on the class the model predicts (its largest logit) instead of the class
 * the label names, so a wrong prediction looks confident and cheap.
 * Caught by: matches the reference on a small batch
 * Misconception: scores-the-prediction
 */
import { crossEntropyUsing, perplexityUsing, shiftedExpSum } from './_parts.ts';

export const crossEntropy = crossEntropyUsing(lossOfLargestLogit);
export const perplexity = perplexityUsing(crossEntropy);

function lossOfLargestLogit(row: number[], _label: number): number {
  const max = Math.max(...row);
  return Math.log(shiftedExpSum(row, max));
}
