/**
 * Mistake: reads the prediction first and then sorts each row in place to read the confidence, reordering the caller's probabilities.
 * Caught by: expectedCalibrationError does not modify its inputs
 * Misconception: mutates-input
 */
import { binTotals, weightedGap } from './_parts.ts';

export { fitTemperature } from './_parts.ts';

export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  const read = (row: number[]): [number, number] => {
    const predicted = row.indexOf(Math.max(...row));
    const top = row.sort((x, y) => y - x)[0] ?? 0;
    return [top, predicted];
  };
  return weightedGap(binTotals(probs, labels, bins, read), probs.length, bins);
}
