/**
 * Mistake: puts confidence c in bin ⌊c·B⌋, so a confidence on an edge b/B goes to the bin above it instead of the bin it closes.
 * Caught by: a confidence of 0.5 closes its bin
 * Misconception: ece-bins-closed-on-left
 */
import { binTotals, confidenceAndPrediction, weightedGap } from './_parts.ts';

export { fitTemperature } from './_parts.ts';

export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  const bin = (confidence: number) => Math.min(bins - 1, Math.floor(confidence * bins));
  return weightedGap(
    binTotals(probs, labels, bins, confidenceAndPrediction, bin),
    probs.length,
    bins,
  );
}
