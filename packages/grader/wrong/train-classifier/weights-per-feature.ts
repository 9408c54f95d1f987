/**
 * Mistake: stores the weights as one row per feature (D × K, as in Z = XW) instead of one row per class (K × D).
 * Caught by: returns one weight row per class, a bias per class and a loss per epoch
 * Misconception: weights-transposed
 */
import { type Model, softmax, type Trained, type TrainOptions } from './_parts.ts';

export function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  options: TrainOptions,
): Trained {
  const n = x.length;
  const dims = x[0]?.length ?? 0;
  // weights[d][k]: the weight of feature d for class k.
  const weights = Array.from({ length: dims }, () => new Array<number>(numClasses).fill(0));
  const bias = new Array<number>(numClasses).fill(0);
  const losses: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const logits = x.map((row) =>
      bias.map((b, k) => row.reduce((z, v, d) => z + v * (weights[d]?.[k] ?? 0), b)),
    );
    const probabilities = logits.map(softmax);
    losses.push(probabilities.reduce((sum, p, i) => sum - Math.log(p[y[i] ?? 0] ?? 0), 0) / n);
    const g = probabilities.map((p, i) => p.map((pk, k) => (pk - (k === y[i] ? 1 : 0)) / n));
    for (let d = 0; d < dims; d++) {
      for (let k = 0; k < numClasses; k++) {
        const step = g.reduce((sum, row, i) => sum + (row[k] ?? 0) * (x[i]?.[d] ?? 0), 0);
        const w = weights[d] ?? [];
        w[k] = (w[k] ?? 0) - options.learningRate * step;
      }
    }
    for (let k = 0; k < numClasses; k++) {
      bias[k] = (bias[k] ?? 0) - options.learningRate * g.reduce((s, row) => s + (row[k] ?? 0), 0);
    }
  }
  return { weights, bias, losses };
}

export function predict(model: Model, x: number[][]): number[] {
  return x.map((row) => {
    const z = model.bias.map((b, k) =>
      row.reduce((sum, v, d) => sum + v * (model.weights[d]?.[k] ?? 0), b),
    );
    return z.indexOf(Math.max(...z));
  });
}
