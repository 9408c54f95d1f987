/**
 * Mistake: starts from small random-looking weights, as a deep network would, instead of from zeros.
 * Caught by: the first loss is ln K
 * Misconception: nonzero-init
 */
import { type Trainer, train } from './_parts.ts';

export { predict } from './_parts.ts';

export const trainSoftmaxRegression: Trainer = (x, y, numClasses, options) =>
  train(x, y, numClasses, options, {
    init: (classes, dims) => ({
      weights: Array.from({ length: classes }, (_, k) =>
        Array.from({ length: dims }, (_, d) => 0.01 * Math.sin(7 * k + 3 * d + 1)),
      ),
      bias: new Array<number>(classes).fill(0),
    }),
  });
