import {
  binaryCrossEntropyWithLogits,
  crossEntropy,
  crossEntropyBackward,
  logSumExp,
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

  /** The state of a list of values, built by merging one value at a time. */
  lseState: (values: readonly number[]): LseState =>
    values.reduce((state: LseState, max) => mergeLogSumExp(state, { max, sum: 1 }), EMPTY_STATE),

  meanNllAtTemperature,
  nllSlopeAtTemperature,
};

/** What a stream of values has shown: its largest value and Σ e^{v − max}. */
export interface LseState {
  max: number;
  sum: number;
}

/** The state of no values at all; its log-sum-exp is −∞. */
export const EMPTY_STATE: LseState = { max: Number.NEGATIVE_INFINITY, sum: 0 };

// The functions below are waiting for their @xent/core versions; until then they are the oracle,
// each small enough to check by eye and tested against hand-computed values in the grader's tests.

/** The state of the values of `a` and `b` together, both sums rescaled to the larger maximum. */
function mergeLogSumExp(a: LseState, b: LseState): LseState {
  const max = Math.max(a.max, b.max);
  if (max === Number.NEGATIVE_INFINITY) return { ...EMPTY_STATE };
  return { max, sum: a.sum * Math.exp(a.max - max) + b.sum * Math.exp(b.max - max) };
}

/** ECE = Σ_b (|B_b|/N)·|accuracy(B_b) − mean confidence(B_b)|, bin b holding (b/B, (b+1)/B]. */
function expectedCalibrationError(probs: number[][], labels: number[], bins: number): number {
  const members: { confidence: number; correct: boolean }[][] = Array.from(
    { length: bins },
    () => [],
  );
  probs.forEach((row, n) => {
    const confidence = Math.max(...row);
    const bin = Math.min(bins - 1, Math.max(0, Math.ceil(confidence * bins) - 1));
    members[bin]?.push({ confidence, correct: row.indexOf(confidence) === labels[n] });
  });
  let ece = 0;
  for (const bin of members) {
    if (bin.length === 0) continue;
    const accuracy = bin.filter((m) => m.correct).length / bin.length;
    const confidence = bin.reduce((sum, m) => sum + m.confidence, 0) / bin.length;
    ece += (bin.length / probs.length) * Math.abs(accuracy - confidence);
  }
  return ece;
}

/** The mean NLL of softmax(zₙ / T) against the labels, each row as (max − z_y)/T + ln Σ e^{(z − max)/T}. */
function meanNllAtTemperature(logits: number[][], labels: number[], temperature: number): number {
  let total = 0;
  logits.forEach((row, n) => {
    const max = Math.max(...row);
    const sum = row.reduce((s, z) => s + Math.exp((z - max) / temperature), 0);
    total += (max - (row[labels[n] ?? 0] ?? 0)) / temperature + Math.log(sum);
  });
  return total / logits.length;
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

/**
 * The minimiser of the mean NLL in T, by bisection on β = 1/T over [1/1000, 1000]: the NLL is
 * convex in β and its slope in β, −(slope in T)·T², changes sign once.
 */
function fitTemperature(logits: number[][], labels: number[]): number {
  let [low, high] = [1e-3, 1e3];
  for (let step = 0; step < 200 && high - low > 1e-15 * high; step++) {
    const middle = (low + high) / 2;
    if (nllSlopeAtTemperature(logits, labels, 1 / middle) > 0) low = middle;
    else high = middle;
  }
  return 2 / (low + high);
}
