/**
 * Mistake: folds the bias into the weights by pushing a constant feature 1 onto every row of the caller's x.
 * Caught by: does not modify its inputs
 * Misconception: mutates-input
 */
import { stepWeights, type Trainer, train } from './_parts.ts';

export { predict } from './_parts.ts';

export const trainSoftmaxRegression: Trainer = (x, y, numClasses, options) => {
  for (const row of x) row.push(1);
  // The last weight of each class now plays the bias; the separate bias stays 0.
  const { weights, losses } = train(x, y, numClasses, options, { step: stepWeights });
  const width = x[0]?.length ?? 0;
  return {
    weights: weights.map((w) => w.slice(0, width - 1)),
    bias: weights.map((w) => w[width - 1] ?? 0),
    losses,
  };
};
