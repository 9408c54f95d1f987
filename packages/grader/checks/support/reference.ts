import {
  binaryCrossEntropyWithLogits,
  crossEntropy,
  crossEntropyBackward,
  expectedCalibrationError,
  fitTemperature,
  type LseState,
  logSumExp,
  logSumExpState,
  mergeLogSumExp,
  numericalGradient,
  sigmoidFocalLoss,
  smoothLabels,
  softmax,
} from '@xent/core';

/** The oracle for every suite: @xent/core, which is checked against PyTorch and torchvision. */
export const reference = {
  softmax: (logits: number[]): number[] => softmax(logits),

  crossEntropyBackward: (logits: number[][], labels: number[]): number[][] =>
    crossEntropyBackward(logits, labels),

  /** The batch-mean cross-entropy with integer labels, optionally with label smoothing. */
  crossEntropy: (logits: number[][], labels: number[], labelSmoothing = 0): number =>
    crossEntropy(logits, labels, { labelSmoothing, reduction: 'mean' }),

  smoothLabels: (labels: number[], numClasses: number, epsilon: number): number[][] =>
    smoothLabels(labels, numClasses, epsilon),

  /** Per-element binary cross-entropy from logits. */
  binaryCrossEntropy: (logits: number[], targets: number[]): number[] =>
    binaryCrossEntropyWithLogits(logits, targets, { reduction: 'none' }),

  focalLoss: (logits: number[], targets: number[], alpha = 0.25, gamma = 2): number =>
    sigmoidFocalLoss(logits, targets, { alpha, gamma, reduction: 'mean' }) as number,

  numericalGradient,

  logSumExp: (values: number[]): number => logSumExp(values),

  expectedCalibrationError: (probs: number[][], labels: number[], bins = 15): number =>
    expectedCalibrationError(probs, labels, bins),

  fitTemperature: (logits: number[][], labels: number[]): number => fitTemperature(logits, labels),

  mergeLogSumExp: (a: LseState, b: LseState): LseState => mergeLogSumExp(a, b),

  /** The state `{ max, sum }` of a list of values. */
  lseState: (values: readonly number[]): LseState => logSumExpState(values),

  meanNllAtTemperature,
  nllSlopeAtTemperature,
};

export type { LseState };

/** The state of no values at all; its log-sum-exp is −∞. */
export const EMPTY_STATE: LseState = { max: Number.NEGATIVE_INFINITY, sum: 0 };

/** The mean NLL of softmax(zₙ / T) against the labels: the cross-entropy of the logits divided by T. */
function meanNllAtTemperature(logits: number[][], labels: number[], temperature: number): number {
  const scaled = logits.map((row) => row.map((z) => z / temperature));
  return crossEntropy(scaled, labels, { reduction: 'mean' });
}

/**
 * The sign-carrying part of d/dT of the mean NLL at T: mean over rows of z_y − E_p[z] with
 * p = softmax(z / T). The derivative is this divided by T², so it is negative below the minimiser
 * and positive above it.
 */
function nllSlopeAtTemperature(logits: number[][], labels: number[], temperature: number): number {
  let total = 0;
  logits.forEach((row, n) => {
    const max = Math.max(...row);
    let weights = 0;
    let weighted = 0;
    for (const z of row) {
      const w = Math.exp((z - max) / temperature);
      weights += w;
      weighted += w * (z - max);
    }
    total += (row[labels[n] ?? 0] ?? 0) - max - weighted / weights;
  });
  return total / logits.length;
}
