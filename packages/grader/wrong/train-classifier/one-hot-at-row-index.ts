/**
 * Mistake: builds the one-hot target at the example's row index n instead of at its label y[n].
 * Caught by: one epoch is one step of gradient descent
 * Misconception: label-index-confused
 */
import { type Trainer, train } from './_parts.ts';

export { predict } from './_parts.ts';

export const trainSoftmaxRegression: Trainer = (x, y, numClasses, options) =>
  train(x, y, numClasses, options, {
    // The one-hot 1 sits at the row index i, not at the label.
    logitGradient: (p, _label, i, n) => p.map((pk, k) => (pk - (k === i ? 1 : 0)) / n),
  });
