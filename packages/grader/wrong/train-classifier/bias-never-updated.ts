/**
 * Mistake: computes the bias gradient but never steps the bias, so it stays at 0.
 * Caught by: the bias is trained too
 * Misconception: bias-not-trained
 */
import { stepWeights, type Trainer, train } from './_parts.ts';

export { predict } from './_parts.ts';

export const trainSoftmaxRegression: Trainer = (x, y, numClasses, options) =>
  // Each step moves the weights only; the bias gradient is computed and dropped.
  train(x, y, numClasses, options, { step: stepWeights });
