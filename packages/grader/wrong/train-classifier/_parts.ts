/** What the wrong implementations of softmax regression get right, so that each file shows only its mistake. */

/** A linear classifier: one weight row and one bias per class. */
export interface Model {
  weights: number[][];
  bias: number[];
}

/** What the trainer is asked for: how many epochs and how long a step. */
export interface TrainOptions {
  epochs: number;
  learningRate: number;
}

/** What the trainer returns: the model and the mean loss of each epoch. */
export interface Trained extends Model {
  losses: number[];
}

/** The gradients of the loss with respect to the weights and the biases. */
export interface Gradients {
  weights: number[][];
  bias: number[];
}

/** A rows × columns matrix of zeros. */
export function zeros(rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
}

/** The starting model: every weight and every bias 0, so the first loss is ln K. */
export function zeroModel(numClasses: number, dims: number): Model {
  return { weights: zeros(numClasses, dims), bias: new Array<number>(numClasses).fill(0) };
}

/** z_k = b_k + Σ_d W_kd·x_d for one row x. */
export function logitsOf(weights: number[][], bias: number[], row: number[]): number[] {
  return weights.map((w, k) => w.reduce((z, wd, d) => z + wd * (row[d] ?? 0), bias[k] ?? 0));
}

/** softmax(z)_k = e^(z_k − max) / Σ_j e^(z_j − max), e.g. [0, 0] → [0.5, 0.5]. */
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}

/** The mean loss −(1/N)·Σ_i log p_{y_i} of the model on the rows x. */
export function meanLoss(model: Model, x: number[][], y: number[]): number {
  const total = x.reduce(
    (sum, row, i) =>
      sum - Math.log(softmax(logitsOf(model.weights, model.bias, row))[y[i] ?? 0] ?? 0),
    0,
  );
  return total / x.length;
}

/** ∂L/∂z_k of example i for the mean loss: (p_k − [k = y_i]) / N. */
export type LogitGradient = (
  p: number[],
  label: number | undefined,
  i: number,
  n: number,
) => number[];

/** The correct ∂L/∂z of one example: (p − onehot(label)) / N, e.g. p = [0.5, 0.5], label 0, N = 2 → [−0.25, 0.25]. */
export const meanLogitGradient: LogitGradient = (p, label, _i, n) =>
  p.map((pk, k) => (pk - (k === label ? 1 : 0)) / n);

/** ∇W = Σ_i g_i·x_iᵀ and ∇b = Σ_i g_i, where g_i is the logit gradient of example i. */
export function gradients(
  model: Model,
  x: number[][],
  y: number[],
  logitGradient: LogitGradient = meanLogitGradient,
): Gradients {
  const grads = zeroModel(model.weights.length, x[0]?.length ?? 0);
  x.forEach((row, i) => {
    const p = softmax(logitsOf(model.weights, model.bias, row));
    logitGradient(p, y[i], i, x.length).forEach((g, k) => {
      grads.bias[k] = (grads.bias[k] ?? 0) + g;
      const gradRow = grads.weights[k] ?? [];
      row.forEach((v, d) => {
        gradRow[d] = (gradRow[d] ?? 0) + g * v;
      });
    });
  });
  return grads;
}

/** W ← W − η·∇W, in place. */
export function stepWeights(model: Model, grads: Gradients, learningRate: number): void {
  model.weights.forEach((w, k) => {
    w.forEach((wd, d) => {
      w[d] = wd - learningRate * (grads.weights[k]?.[d] ?? 0);
    });
  });
}

/** b ← b − η·∇b, in place. */
export function stepBias(model: Model, grads: Gradients, learningRate: number): void {
  model.bias.forEach((b, k) => {
    model.bias[k] = b - learningRate * (grads.bias[k] ?? 0);
  });
}

/** One step of gradient descent on the weights and the biases, in place. */
export function step(model: Model, grads: Gradients, learningRate: number): void {
  stepWeights(model, grads, learningRate);
  stepBias(model, grads, learningRate);
}

/** The pieces of the trainer a wrong implementation may swap; the defaults are the correct ones. */
export interface Pieces {
  init: (numClasses: number, dims: number) => Model;
  logitGradient: LogitGradient;
  step: (model: Model, grads: Gradients, learningRate: number) => void;
}

/** Full-batch gradient descent: each epoch records the loss of the current model, then takes one step. */
export function train(
  x: number[][],
  y: number[],
  numClasses: number,
  options: TrainOptions,
  pieces: Partial<Pieces> = {},
): Trained {
  const { init = zeroModel, logitGradient = meanLogitGradient, step: update = step } = pieces;
  const model = init(numClasses, x[0]?.length ?? 0);
  const losses: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    losses.push(meanLoss(model, x, y));
    update(model, gradients(model, x, y, logitGradient), options.learningRate);
  }
  return { weights: model.weights, bias: model.bias, losses };
}

/** The correct trainer, for the wrong implementations whose mistake is elsewhere. */
export function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  options: TrainOptions,
): Trained {
  return train(x, y, numClasses, options);
}

/** The signature of trainSoftmaxRegression, for the wrong implementations that define it. */
export type Trainer = typeof trainSoftmaxRegression;

/** The index of the largest value, the first one on a tie: [1, 3, 3] → 1. */
export function firstArgmax(values: number[]): number {
  let best = 0;
  values.forEach((v, k) => {
    if (v > (values[best] ?? 0)) best = k;
  });
  return best;
}

/** The predicted class of each row: the first of its largest logits. */
export function predict(model: Model, x: number[][]): number[] {
  return x.map((row) => firstArgmax(logitsOf(model.weights, model.bias, row)));
}
