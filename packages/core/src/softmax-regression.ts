import { logSoftmaxUnchecked } from './log-softmax.ts';
import {
  checkLabels,
  checkMatrix,
  checkPositive,
  checkVector,
  checkWholeNumber,
  describe,
} from './validate.ts';

/** A linear classifier: logits z = W x + b, with W of numClasses × D and b of numClasses. */
export interface SoftmaxRegressionModel {
  weights: number[][];
  bias: number[];
}

/**
 * The mean cross-entropy L of a softmax regression model on (x, y) and its gradients: with
 * zₙ = W xₙ + b and gₙ = softmax(zₙ) − onehot(yₙ), ∂L/∂W = (1/N) Σₙ gₙ xₙᵀ and ∂L/∂b = (1/N) Σₙ gₙ.
 * Example: at W = 0, b = 0 with K classes, loss = ln K and ∂L/∂b = (1/N) Σₙ (1/K − onehot(yₙ)).
 */
export function softmaxRegressionGradient(
  model: SoftmaxRegressionModel,
  x: number[][],
  y: number[],
): { loss: number; weights: number[][]; bias: number[] } {
  const fn = 'softmaxRegressionGradient';
  const { numClasses } = checkModel(fn, model, x);
  checkLabels(fn, y, x, numClasses, 'x');
  return gradientUnchecked(model, x, y);
}

/**
 * Softmax regression trained by full-batch gradient descent from all-zero weights and bias: each
 * epoch computes the mean cross-entropy L and its gradients at the current model (see
 * `softmaxRegressionGradient`), records L, then steps W ← W − lr·∂L/∂W and b ← b − lr·∂L/∂b. So
 * `losses[e]` is the loss before epoch e's update and `losses[0]` = ln numClasses. Deterministic.
 * Example: trainSoftmaxRegression([[1], [-1]], [0, 1], 2, { epochs: 1, learningRate: 1 }) gives
 * losses [ln 2], weights [[0.5], [−0.5]] and bias [0, 0].
 */
export function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  options: { epochs: number; learningRate: number },
): SoftmaxRegressionModel & { losses: number[] } {
  const fn = 'trainSoftmaxRegression';
  const dims = checkMatrix(fn, 'x', x);
  if (x.length === 0) throw new RangeError(`${fn}: x is an empty batch`);
  checkFinite(fn, 'x', x);
  checkWholeNumber(fn, 'numClasses', numClasses, 1);
  checkLabels(fn, y, x, numClasses, 'x');
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `${fn}: options must be { epochs, learningRate }, got ${describe(options)}`,
    );
  }
  const epochs = checkWholeNumber(fn, 'options.epochs', options.epochs, 0);
  const learningRate = options.learningRate;
  checkPositive(fn, 'options.learningRate', learningRate);
  const weights = Array.from({ length: numClasses }, () => new Array<number>(dims).fill(0));
  const bias = new Array<number>(numClasses).fill(0);
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const grad = gradientUnchecked({ weights, bias }, x, y);
    losses.push(grad.loss);
    weights.forEach((row, k) => {
      const g = grad.weights[k] as number[];
      row.forEach((w, d) => {
        row[d] = w - learningRate * (g[d] as number);
      });
    });
    bias.forEach((b, k) => {
      bias[k] = b - learningRate * (grad.bias[k] as number);
    });
  }
  return { weights, bias, losses };
}

/**
 * The class of each row of x under a softmax regression model: the first index of the largest
 * logit W x + b. Example: predictSoftmaxRegression({ weights: [[1], [-1]], bias: [0, 0] }, [[2], [-3]]) = [0, 1].
 */
export function predictSoftmaxRegression(model: SoftmaxRegressionModel, x: number[][]): number[] {
  checkModel('predictSoftmaxRegression', model, x);
  return x.map((row) => {
    const z = logitsOf(model, row);
    let best = 0;
    z.forEach((v, k) => {
      if (v > (z[best] as number)) best = k;
    });
    return best;
  });
}

/** z = W x + b, each entry summed over the features in order, then the bias added. */
function logitsOf({ weights, bias }: SoftmaxRegressionModel, row: number[]): number[] {
  return weights.map((w, k) => {
    let z = 0;
    w.forEach((wd, d) => {
      z += wd * (row[d] as number);
    });
    return z + (bias[k] as number);
  });
}

function gradientUnchecked(
  model: SoftmaxRegressionModel,
  x: number[][],
  y: number[],
): { loss: number; weights: number[][]; bias: number[] } {
  const n = x.length;
  const weights = model.weights.map((row) => row.map(() => 0));
  const bias = model.bias.map(() => 0);
  let loss = 0;
  x.forEach((row, i) => {
    const logProbs = logSoftmaxUnchecked(logitsOf(model, row));
    const label = y[i] as number;
    loss -= logProbs[label] as number;
    logProbs.forEach((lp, k) => {
      const g = (Math.exp(lp) - (k === label ? 1 : 0)) / n;
      bias[k] = (bias[k] as number) + g;
      const gw = weights[k] as number[];
      row.forEach((v, d) => {
        gw[d] = (gw[d] as number) + g * v;
      });
    });
  });
  return { loss: loss / n, weights, bias };
}

/** Validates a model and the rows it is applied to; returns the number of classes. */
function checkModel(fn: string, model: unknown, x: unknown): { numClasses: number } {
  const m = model as Partial<SoftmaxRegressionModel> | null;
  if (typeof m !== 'object' || m === null) {
    throw new TypeError(`${fn}: model must be { weights, bias }, got ${describe(model)}`);
  }
  const dims = checkMatrix(fn, 'model.weights', m.weights);
  const weights = m.weights as number[][];
  if (weights.length === 0) throw new RangeError(`${fn}: model.weights has no rows (classes)`);
  checkFinite(fn, 'model.weights', weights);
  checkVector(fn, 'model.bias', m.bias);
  const bias = m.bias;
  if (bias.length !== weights.length) {
    throw new RangeError(
      `${fn}: model.bias has ${bias.length} entries, but model.weights has ${weights.length} rows`,
    );
  }
  checkFiniteRow(fn, 'model.bias', bias);
  const width = checkMatrix(fn, 'x', x);
  const rows = x as number[][];
  if (rows.length > 0 && width !== dims) {
    throw new RangeError(
      `${fn}: x rows have ${width} features, but model.weights rows have ${dims}`,
    );
  }
  checkFinite(fn, 'x', rows);
  return { numClasses: weights.length };
}

/** Throws unless every entry of the matrix is finite. */
function checkFinite(fn: string, name: string, matrix: number[][]): void {
  matrix.forEach((row, r) => {
    checkFiniteRow(fn, `${name}[${r}]`, row);
  });
}

/** Throws unless every entry of the row is finite. */
function checkFiniteRow(fn: string, name: string, row: number[]): void {
  row.forEach((v, c) => {
    if (!Number.isFinite(v)) throw new RangeError(`${fn}: ${name}[${c}] = ${v} is not finite`);
  });
}
