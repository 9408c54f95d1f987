/**
 * Mistake: averages the gaps of the non-empty bins, as if every bin counted the same however many predictions it holds.
 * Caught by: each bin counts by its share of the predictions
 * Misconception: ece-unweighted-bins
 */
import { binTotals } from './_parts.ts';

export { fitTemperature } from './_parts.ts';

export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  const { count, right, conf } = binTotals(probs, labels, bins);
  let total = 0;
  let used = 0;
  count.forEach((k, b) => {
    if (k === 0) return;
    total += Math.abs((right[b] ?? 0) / k - (conf[b] ?? 0) / k);
    used++;
  });
  return total / used;
}
