/**
 * Mistake: puts confidence c in bin ⌊c·B⌋ with nothing to stop c = 1 from landing in bin B, one past the last, where it is never counted.
 * Caught by: a confidence of 1 falls in the last bin
 * Misconception: ece-bins-closed-on-left
 */
import { binTotals, confidenceAndPrediction, weightedGap } from './_parts.ts';

export { fitTemperature } from './_parts.ts';

export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  const bin = (confidence: number) => Math.floor(confidence * bins);
  return weightedGap(
    binTotals(probs, labels, bins, confidenceAndPrediction, bin),
    probs.length,
    bins,
  );
}
