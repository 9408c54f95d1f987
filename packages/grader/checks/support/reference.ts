import {
  binaryCrossEntropyWithLogits,
  crossEntropy,
  crossEntropyBackward,
  numericalGradient,
  sigmoidFocalLoss,
  smoothLabels,
  softmax,
} from '@xent/core';

/** The oracle for every suite: @xent/core, which is checked against PyTorch and torchvision. */
export const reference = {
  softmax: (logits: number[]): number[] => softmax(logits),

  crossEntropyBackward: (logits: number[][], labels: number[]): number[][] =>
    crossEntropyBackward(logits, labels),

  /** The batch-mean cross-entropy with integer labels, optionally with label smoothing. */
  crossEntropy: (logits: number[][], labels: number[], labelSmoothing = 0): number =>
    crossEntropy(logits, labels, { labelSmoothing, reduction: 'mean' }),

  smoothLabels: (labels: number[], numClasses: number, epsilon: number): number[][] =>
    smoothLabels(labels, numClasses, epsilon),

  /** Per-element binary cross-entropy from logits. */
  binaryCrossEntropy: (logits: number[], targets: number[]): number[] =>
    binaryCrossEntropyWithLogits(logits, targets, { reduction: 'none' }),

  focalLoss: (logits: number[], targets: number[], alpha = 0.25, gamma = 2): number =>
    sigmoidFocalLoss(logits, targets, { alpha, gamma, reduction: 'mean' }) as number,

  numericalGradient,

  /** The reference training run of the capstone: softmax regression by full-batch gradient descent. */
  trainSoftmaxRegression: (
    x: number[][],
    y: number[],
    numClasses: number,
    options: TrainOptions,
  ): SoftmaxRegression => trainSoftmaxRegression(x, y, numClasses, options),

  /** Per row, the first index of the largest logit W x + b. */
  predictSoftmaxRegression: (model: LinearModel, x: number[][]): number[] =>
    predictSoftmaxRegression(model, x),

  /** The capstone's seeded dataset: Gaussian blobs, one per class, around a circle. */
  makeBlobs: (options: BlobOptions): Dataset => makeBlobs(options),
};

// Until @xent/core has the capstone oracles, they live here, written to the same contract.

/** Options of a training run. */
export interface TrainOptions {
  epochs: number;
  learningRate: number;
}

/** A linear classifier: logits z = W x + b, with W of shape K × D. */
export interface LinearModel {
  weights: number[][];
  bias: number[];
}

/** A trained model and the mean cross-entropy at the start of every epoch. */
export interface SoftmaxRegression extends LinearModel {
  losses: number[];
}

/** Features, one row per example, and integer labels. */
export interface Dataset {
  x: number[][];
  y: number[];
}

/** Options of `makeBlobs`. */
export interface BlobOptions {
  seed: number;
  n: number;
  classes: number;
  dims: number;
  spread?: number;
  radius?: number;
}

function logitsOf(model: LinearModel, row: number[]): number[] {
  return model.weights.map(
    (w, k) => w.reduce((sum, wd, d) => sum + wd * (row[d] ?? 0), 0) + (model.bias[k] ?? 0),
  );
}

function trainSoftmaxRegression(
  x: number[][],
  y: number[],
  numClasses: number,
  { epochs, learningRate }: TrainOptions,
): SoftmaxRegression {
  const n = x.length;
  const dims = x[0]?.length ?? 0;
  const weights = Array.from({ length: numClasses }, () => new Array<number>(dims).fill(0));
  const bias = new Array<number>(numClasses).fill(0);
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradW = Array.from({ length: numClasses }, () => new Array<number>(dims).fill(0));
    const gradB = new Array<number>(numClasses).fill(0);
    let loss = 0;
    x.forEach((row, i) => {
      const z = logitsOf({ weights, bias }, row);
      const max = Math.max(...z);
      const lse = max + Math.log(z.reduce((s, zk) => s + Math.exp(zk - max), 0));
      const label = y[i] ?? 0;
      loss += lse - (z[label] ?? 0);
      z.forEach((zk, k) => {
        const g = (Math.exp(zk - lse) - (k === label ? 1 : 0)) / n;
        gradB[k] = (gradB[k] ?? 0) + g;
        const gw = gradW[k] ?? [];
        row.forEach((xd, d) => {
          gw[d] = (gw[d] ?? 0) + g * xd;
        });
      });
    });
    losses.push(loss / n);
    weights.forEach((w, k) => {
      w.forEach((wd, d) => {
        w[d] = wd - learningRate * (gradW[k]?.[d] ?? 0);
      });
      bias[k] = (bias[k] ?? 0) - learningRate * (gradB[k] ?? 0);
    });
  }
  return { weights, bias, losses };
}

function predictSoftmaxRegression(model: LinearModel, x: number[][]): number[] {
  return x.map((row) => {
    const z = logitsOf(model, row);
    let best = 0;
    z.forEach((zk, k) => {
      if (zk > (z[best] ?? Number.NEGATIVE_INFINITY)) best = k;
    });
    return best;
  });
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function normal(uniform: () => number): number {
  const u1 = 1 - uniform();
  const u2 = uniform();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

function makeBlobs({ seed, n, classes, dims, spread = 1, radius = 3 }: BlobOptions): Dataset {
  const uniform = mulberry32(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % classes;
    const angle = (2 * Math.PI * k) / classes;
    const centre = [radius * Math.cos(angle), radius * Math.sin(angle)];
    x.push(Array.from({ length: dims }, (_, d) => (centre[d] ?? 0) + spread * normal(uniform)));
    y.push(k);
  }
  return { x, y };
}
