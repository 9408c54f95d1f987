/**
 * Mistake: bisects on the slope of the NLL but stops once the bracket is 1e-3 wide, believing three decimals are plenty.
 * Caught by: the fitted temperature is accurate to 1e-6
 * Misconception: stops-short-of-minimum
 */
import { meanNll } from './_parts.ts';

export { expectedCalibrationError } from './_parts.ts';

export function fitTemperature(logits: number[][], labels: number[]): number {
  let [low, high] = [0.05, 20];
  while (high - low > 1e-3) {
    const middle = (low + high) / 2;
    if (meanNll(logits, labels, middle * 1.000001) < meanNll(logits, labels, middle)) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
