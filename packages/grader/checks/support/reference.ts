import {
  binaryCrossEntropyWithLogits,
  crossEntropy,
  crossEntropyBackward,
  crossEntropyBetween,
  entropy,
  klDivergence,
  logSoftmax,
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

  /** perplexity = exp(mean cross-entropy), Infinity when the exponential overflows. */
  perplexity: (logits: number[][], labels: number[]): number =>
    Math.exp(crossEntropy(logits, labels, { reduction: 'mean' })),

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

  numericalGradient,
};
