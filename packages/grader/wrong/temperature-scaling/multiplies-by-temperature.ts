/**
 * Mistake: scales the logits by T instead of dividing them by it, so it returns 1/T of the true temperature.
 * Caught by: an over-confident model gets T > 1
 * Misconception: multiplies-by-temperature
 */
import { meanNll, search } from './_parts.ts';

export { expectedCalibrationError } from './_parts.ts';

export function fitTemperature(logits: number[][], labels: number[]): number {
  const scaled = (t: number) => logits.map((row) => row.map((z) => z * t));
  return search((t) => meanNll(scaled(t), labels, 1));
}
