/**
 * Mistake: steps along the gradient of the summed loss, without the 1/N of the mean, so the step grows with N.
 * Caught by: the gradient is a mean over the examples
 * Misconception: sum-instead-of-mean
 */
import { type Trainer, train } from './_parts.ts';

export { predict } from './_parts.ts';

export const trainSoftmaxRegression: Trainer = (x, y, numClasses, options) =>
  train(x, y, numClasses, options, {
    // p − onehot(y): the gradient of the summed loss, with no 1/N.
    logitGradient: (p, label) => p.map((pk, k) => pk - (k === label ? 1 : 0)),
  });
