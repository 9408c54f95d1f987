/**
 * Mistake: computes the softmax probability of the label (safely) and then takes its log, so a
 * probability that rounds to 0 gives an infinite loss.
 * Caught by: a gap of 1000 against the label costs about 1000, never Infinity
 * Misconception: naive-log
 */
import { crossEntropyUsing, labelProbability, perplexityUsing } from './_parts.ts';

export const crossEntropy = crossEntropyUsing(logOfProbability);
export const perplexity = perplexityUsing(crossEntropy);

function logOfProbability(row: number[], label: number): number {
  return -Math.log(labelProbability(row, label));
}
