/**
 * Mistake: uses the probability of the true label as the confidence, instead of the largest probability of the row.
 * Caught by: the confidence is the largest probability, not the label’s
 * Misconception: confidence-of-true-class
 */
import { binTotals, weightedGap } from './_parts.ts';

export { fitTemperature } from './_parts.ts';

export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  const read = (row: number[], label: number | undefined): [number, number] => [
    row[label ?? 0] ?? 0,
    row.indexOf(Math.max(...row)),
  ];
  return weightedGap(binTotals(probs, labels, bins, read), probs.length, bins);
}
