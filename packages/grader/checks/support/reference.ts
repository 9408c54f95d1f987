import {
  type BlobOptions,
  binaryCrossEntropyWithLogits,
  crossEntropy,
  crossEntropyBackward,
  crossEntropyBetween,
  entropy,
  expectedCalibrationError,
  fitTemperature,
  klDivergence,
  type LseState,
  logSoftmax,
  logSumExp,
  logSumExpState,
  makeBlobs,
  mergeLogSumExp,
  numericalGradient,
  perplexity,
  predictSoftmaxRegression,
  relativeError,
  type SoftmaxRegressionModel,
  sigmoidFocalLoss,
  smoothLabels,
  softmax,
  trainSoftmaxRegression,
} from '@xent/core';

/** A linear classifier: logits z = W x + b, with W of shape K × D. */
export type LinearModel = SoftmaxRegressionModel;

/** The oracle for every suite: @xent/core, which is checked against PyTorch and torchvision. */
export const reference = {
  softmax: (logits: number[]): number[] => softmax(logits),

  crossEntropyBackward: (logits: number[][], labels: number[]): number[][] =>
    crossEntropyBackward(logits, labels),

  /** The batch-mean cross-entropy with integer labels, optionally with label smoothing. */
  crossEntropy: (logits: number[][], labels: number[], labelSmoothing = 0): number =>
    crossEntropy(logits, labels, { labelSmoothing, reduction: 'mean' }),

  /** perplexity = exp(mean cross-entropy), Infinity when the exponential overflows. */
  perplexity: (logits: number[][], labels: number[]): number => perplexity(logits, labels),

  /** H(p) = −Σ pᵢ ln pᵢ in nats, with 0·ln 0 = 0. */
  entropy: (p: number[]): number => entropy(p),

  /** H(p, q) = −Σ pᵢ ln qᵢ in nats; terms with pᵢ = 0 count 0, and pᵢ > 0 with qᵢ = 0 gives Infinity. */
  crossEntropyBetween: (p: number[], q: number[]): number => crossEntropyBetween(p, q),

  /** KL(p‖q) = Σ pᵢ ln(pᵢ/qᵢ) in nats, with the conventions of `crossEntropyBetween`. */
  klDivergence: (p: number[], q: number[]): number => klDivergence(p, q),

  /** ln Σ e^{vᵢ}, −Infinity when every entry is −Infinity. */
  logSumExp: (values: number[]): number => logSumExp(values),

  /** (zᵢ − max) − ln Σ e^{z − max}, exact for logits like ±1e6. */
  logSoftmax: (logits: number[]): number[] => logSoftmax(logits),

  smoothLabels: (labels: number[], numClasses: number, epsilon: number): number[][] =>
    smoothLabels(labels, numClasses, epsilon),

  /** Per-element binary cross-entropy from logits. */
  binaryCrossEntropy: (logits: number[], targets: number[]): number[] =>
    binaryCrossEntropyWithLogits(logits, targets, { reduction: 'none' }),

  focalLoss: (logits: number[], targets: number[], alpha = 0.25, gamma = 2): number =>
    sigmoidFocalLoss(logits, targets, { alpha, gamma, reduction: 'mean' }) as number,

  /** Mean binary cross-entropy from logits with a scalar positive-class weight, as PyTorch's `pos_weight`. */
  bceWithLogits: (logits: number[], targets: number[], posWeight = 1): number =>
    binaryCrossEntropyWithLogits(logits, targets, { posWeight, reduction: 'mean' }),

  /** PyTorch's weighted `cross_entropy` with `ignore_index` and `reduction='mean'`; NaN when every row is ignored. */
  weightedCrossEntropy: (
    logits: number[][],
    labels: number[],
    weights: number[],
    ignoreIndex = -100,
  ): number => crossEntropy(logits, labels, { weight: weights, ignoreIndex, reduction: 'mean' }),

  numericalGradient,

  /** The reference training run of the capstone: softmax regression by full-batch gradient descent. */
  trainSoftmaxRegression: (
    x: number[][],
    y: number[],
    numClasses: number,
    options: { epochs: number; learningRate: number },
  ): LinearModel & { losses: number[] } => trainSoftmaxRegression(x, y, numClasses, options),

  /** Per row, the first index of the largest logit W x + b. */
  predictSoftmaxRegression: (model: LinearModel, x: number[][]): number[] =>
    predictSoftmaxRegression(model, x),

  /** The capstone's seeded dataset: Gaussian blobs, one per class, around a circle. */
  makeBlobs: (options: BlobOptions): { x: number[][]; y: number[] } => makeBlobs(options),
  /** maxᵢ |aᵢ − bᵢ| / max(|aᵢ|, |bᵢ|), with 0 for equal entries and for empty arrays. */
  relativeError,

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
