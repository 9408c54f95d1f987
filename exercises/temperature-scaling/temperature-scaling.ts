/**
 * Lesson · Training in practice (/lessons/training-in-practice/)
 *
 * `fitTemperature` finds the temperature T > 0 that minimises the mean negative log-likelihood of
 * softmax(z_n / T) against the labels, within 1e-6 relative. `expectedCalibrationError` measures
 * how far confidence is from accuracy: ECE = Σ_b (|B_b| / N)·|accuracy(B_b) − confidence(B_b)|.
 */
export function fitTemperature(logits: number[][], labels: number[]): number {
  // TODO: implement fitTemperature and return the temperature with the lowest mean NLL.
  void logits;
  void labels;
  throw new Error('TODO: implement fitTemperature');
}

/** The expected calibration error of the rows of `probs` against `labels`, with `bins` equal-width bins. */
export function expectedCalibrationError(probs: number[][], labels: number[], bins = 15): number {
  // TODO: implement expectedCalibrationError; bin b holds the confidences in (b/B, (b+1)/B].
  void probs;
  void labels;
  void bins;
  throw new Error('TODO: implement expectedCalibrationError');
}
