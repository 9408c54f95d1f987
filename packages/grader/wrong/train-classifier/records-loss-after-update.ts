/**
 * Mistake: takes the step first and records the loss of the updated model, so each loss is one epoch late.
 * Caught by: the first loss is ln K
 * Misconception: loss-after-update
 */
import { gradients, meanLoss, step, type Trainer, zeroModel } from './_parts.ts';

export { predict } from './_parts.ts';

export const trainSoftmaxRegression: Trainer = (x, y, numClasses, options) => {
  const model = zeroModel(numClasses, x[0]?.length ?? 0);
  const losses: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    step(model, gradients(model, x, y), options.learningRate);
    losses.push(meanLoss(model, x, y));
  }
  return { ...model, losses };
};
