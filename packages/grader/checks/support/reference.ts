import {
  binaryCrossEntropyWithLogits,
  crossEntropy,
  crossEntropyBackward,
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
};
