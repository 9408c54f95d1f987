import { checkLabels, checkMatrix, checkWholeNumber } from './validate.ts';

/**
 * Expected calibration error with `bins` equal-width bins of confidence: each row's confidence is
 * its largest probability and its prediction the first index of it; bin b holds the confidences in
 * (b/B, (b + 1)/B] (a confidence of 0 goes to the first bin), and
 * ECE = Σ_b (|B_b|/N)·|accuracy(B_b) − mean confidence(B_b)|, empty bins counting 0 (Guo et al.
 * 2017). Example: expectedCalibrationError([[0.85, 0.15], [0.65, 0.35]], [0, 1], 10)
 * = 0.5·0.15 + 0.5·0.65 = 0.4.
 */
export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  const fn = 'expectedCalibrationError';
  const numClasses = checkMatrix(fn, 'probs', probs);
  if (probs.length === 0) throw new RangeError(`${fn}: probs is an empty batch`);
  if (numClasses === 0) throw new RangeError(`${fn}: probs rows are empty`);
  checkLabels(fn, labels, probs, numClasses, 'probs');
  checkWholeNumber(fn, 'bins', bins, 1);
  const count = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  probs.forEach((row, n) => {
    let predicted = 0;
    row.forEach((p, c) => {
      if (!(p >= 0 && p <= 1)) {
        throw new RangeError(`${fn}: probs[${n}][${c}] = ${p} is not a probability in [0, 1]`);
      }
      if (p > (row[predicted] as number)) predicted = c;
    });
    const top = row[predicted] as number;
    const b = binOf(top, bins);
    count[b] = (count[b] as number) + 1;
    correct[b] = (correct[b] as number) + (predicted === labels[n] ? 1 : 0);
    confidence[b] = (confidence[b] as number) + top;
  });
  let ece = 0;
  count.forEach((k, b) => {
    if (k > 0)
      ece +=
        (k / probs.length) * Math.abs((correct[b] as number) / k - (confidence[b] as number) / k);
  });
  return ece;
}

/** The bin of confidence c among B bins (b/B, (b + 1)/B]: ⌈c·B⌉ − 1, with 0 in the first bin. */
function binOf(c: number, bins: number): number {
  return Math.min(bins - 1, Math.max(0, Math.ceil(c * bins) - 1));
}
