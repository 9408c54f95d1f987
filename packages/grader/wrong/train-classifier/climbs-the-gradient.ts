/**
 * Mistake: adds the gradient instead of subtracting it: gradient ascent, which makes the loss grow.
 * Caught by: the loss falls at every epoch for a stable learning rate
 * Misconception: sign-flipped
 */
import { type Model, stepBias, type Trainer, train } from './_parts.ts';

export { predict } from './_parts.ts';

export const trainSoftmaxRegression: Trainer = (x, y, numClasses, options) =>
  train(x, y, numClasses, options, {
    step: (model, grads, learningRate) => {
      climbWeights(model, grads.weights, learningRate);
      stepBias(model, grads, learningRate);
    },
  });

/** W ← W + η·∇W: a step up the loss instead of down. */
function climbWeights(model: Model, gradWeights: number[][], learningRate: number): void {
  model.weights.forEach((w, k) => {
    w.forEach((wd, d) => {
      w[d] = wd + learningRate * (gradWeights[k]?.[d] ?? 0);
    });
  });
}
