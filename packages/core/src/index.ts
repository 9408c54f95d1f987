export { binaryCrossEntropy, binaryCrossEntropyBackward } from './binary-cross-entropy.ts';
export {
  type BinaryCrossEntropyWithLogitsOptions,
  binaryCrossEntropyWithLogits,
  binaryCrossEntropyWithLogitsBackward,
} from './binary-cross-entropy-with-logits.ts';
export type { BinaryLossOptions } from './binary-options.ts';
export { clipGradNorm } from './clip-grad-norm.ts';
export { type CrossEntropyOptions, crossEntropy, crossEntropyBackward } from './cross-entropy.ts';
export { crossEntropyBetween } from './cross-entropy-between.ts';
export { entropy } from './entropy.ts';
export { klDivergence } from './kl-divergence.ts';
export { logSoftmax } from './log-softmax.ts';
export { logSumExp } from './log-sum-exp.ts';
export { numericalGradient } from './numerical-gradient.ts';
export type { LossResult, Reduction } from './reduction.ts';
export { logSigmoid, sigmoid } from './sigmoid.ts';
export {
  type SigmoidFocalLossOptions,
  sigmoidFocalLoss,
  sigmoidFocalLossBackward,
} from './sigmoid-focal-loss.ts';
export { smoothLabels } from './smooth-labels.ts';
export { softmax } from './softmax.ts';
export {
  type SoftmaxFocalLossOptions,
  softmaxFocalLoss,
  softmaxFocalLossBackward,
} from './softmax-focal-loss.ts';
