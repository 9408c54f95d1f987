/**
 * Mistake: compares with >= in predict, so a tie goes to the last of the largest logits.
 * Caught by: predict breaks ties by the first index
 * Misconception: ties-to-last
 */
import { logitsOf, type Model } from './_parts.ts';

export { trainSoftmaxRegression } from './_parts.ts';

export function predict(model: Model, x: number[][]): number[] {
  return x.map((row) => {
    const z = logitsOf(model.weights, model.bias, row);
    let best = 0;
    z.forEach((zk, k) => {
      if (zk >= (z[best] ?? 0)) best = k;
    });
    return best;
  });
}
