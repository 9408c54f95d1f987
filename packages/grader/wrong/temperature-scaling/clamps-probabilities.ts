/**
 * Mistake: clips each probability to at least 1e-7 "for safety" before the log, which caps the loss of a confidently wrong example and moves the minimiser.
 * Caught by: a confidently wrong example keeps its full loss
 * Misconception: clamps-values
 */
import { meanNll, search } from './_parts.ts';

export { expectedCalibrationError } from './_parts.ts';

export function fitTemperature(logits: number[][], labels: number[]): number {
  return search((t) => meanNll(logits, labels, t, clampedRowNll));
}

/** −log softmax(z / T)_y, with the probability kept at or above 1e-7. */
function clampedRowNll(row: number[], label: number, t: number): number {
  const max = Math.max(...row);
  const exps = row.map((z) => Math.exp((z - max) / t));
  const sum = exps.reduce((s, e) => s + e, 0);
  const p = Math.max(1e-7, (exps[label] ?? 0) / sum);
  return -Math.log(p);
}
