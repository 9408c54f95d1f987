/**
 * Mistake: takes −log of softmax(z / T) computed straight from Math.exp, which overflows once z / T passes about 709.
 * Caught by: survives logits of 1e6
 * Misconception: no-max-shift
 */
import { meanNll, search } from './_parts.ts';

export { expectedCalibrationError } from './_parts.ts';

export function fitTemperature(logits: number[][], labels: number[]): number {
  return search((t) => meanNll(logits, labels, t, naiveRowNll));
}

/** −log softmax(z / T)_y, from the probabilities themselves. */
function naiveRowNll(row: number[], label: number, t: number): number {
  const exps = row.map((z) => Math.exp(z / t));
  const sum = exps.reduce((s, e) => s + e, 0);
  return -Math.log((exps[label] ?? 0) / sum);
}
