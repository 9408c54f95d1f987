/**
 * Mistake: finds the prediction with a loop that keeps the last index of the largest probability, so a tie predicts the later class.
 * Caught by: ties predict the first class with the largest probability
 * Misconception: last-index-argmax
 */
import { binTotals, weightedGap } from './_parts.ts';

export { fitTemperature } from './_parts.ts';

export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  const read = (row: number[]): [number, number] => {
    const top = Math.max(...row);
    return [top, row.lastIndexOf(top)];
  };
  return weightedGap(binTotals(probs, labels, bins, read), probs.length, bins);
}
