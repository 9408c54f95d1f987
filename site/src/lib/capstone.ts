import {
  crossEntropy,
  makeBlobs,
  predictSoftmaxRegression,
  type SoftmaxRegressionModel,
  trainSoftmaxRegression,
} from '@xent/core';

/** The capstone's problem: two samples of one blob generator, and the settings of the reference run. */
export const CAPSTONE = {
  blobs: { n: 150, classes: 3, dims: 2, spread: 1.5, radius: 3 },
  trainSeed: 1,
  heldOutSeed: 2,
  epochs: 100,
  learningRate: 0.1,
} as const;

/** The epochs before the last at which the page evaluates the held-out loss. */
const HELD_OUT_EPOCHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90];

/** A point of the plane as [x₁, x₂]. */
export type Point = readonly [number, number];

/** The logits W x + b of one example. */
export function logitsOf(model: SoftmaxRegressionModel, row: readonly number[]): number[] {
  return model.weights.map((w, k) =>
    w.reduce((z, wd, d) => z + wd * (row[d] ?? 0), model.bias[k] ?? 0),
  );
}

/** The fraction of rows of `x` that `model` classifies as their label. */
export function accuracy(model: SoftmaxRegressionModel, x: number[][], y: number[]): number {
  const predictions = predictSoftmaxRegression(model, x);
  return predictions.filter((label, n) => label === y[n]).length / y.length;
}

/** 2 / tr(X̃ᵀX̃/N) with X̃ = [x, 1]: a learning rate below 2/λ, the edge of stable descent. */
export function stableRateBound(x: number[][]): number {
  const trace = x.reduce((sum, row) => sum + 1 + row.reduce((s, v) => s + v * v, 0), 0) / x.length;
  return 2 / trace;
}

/**
 * The part of a convex polygon where a·p + c ≥ 0 (one step of Sutherland–Hodgman clipping).
 * Example: the unit square clipped by x₁ − 0.5 ≥ 0 is its right half.
 */
export function clipPolygon(polygon: readonly Point[], a: Point, c: number): Point[] {
  const side = ([p1, p2]: Point) => a[0] * p1 + a[1] * p2 + c;
  const out: Point[] = [];
  polygon.forEach((current, i) => {
    const next = polygon[(i + 1) % polygon.length] as Point;
    const [s, t] = [side(current), side(next)];
    if (s >= 0) out.push(current);
    if (s >= 0 !== t >= 0) {
      const f = s / (s - t);
      out.push([current[0] + f * (next[0] - current[0]), current[1] + f * (next[1] - current[1])]);
    }
  });
  return out;
}

/**
 * The decision regions of a two-feature linear model inside a box: region k holds the points
 * whose logit z_k is the largest, {x : (w_k − w_j)·x + (b_k − b_j) ≥ 0 for all j}, a convex polygon.
 */
export function decisionRegions(
  model: SoftmaxRegressionModel,
  [low, high]: readonly [number, number],
): Point[][] {
  const box: Point[] = [
    [low, low],
    [high, low],
    [high, high],
    [low, high],
  ];
  return model.weights.map((wk, k) =>
    model.weights.reduce<Point[]>((region, wj, j) => {
      if (j === k) return region;
      const a: Point = [(wk[0] ?? 0) - (wj[0] ?? 0), (wk[1] ?? 0) - (wj[1] ?? 0)];
      return clipPolygon(region, a, (model.bias[k] ?? 0) - (model.bias[j] ?? 0));
    }, box),
  );
}

/** Everything the capstone page shows, computed by @xent/core from CAPSTONE. */
export function capstoneRun() {
  const { blobs, trainSeed, heldOutSeed, epochs, learningRate } = CAPSTONE;
  const train = makeBlobs({ seed: trainSeed, ...blobs });
  const heldOut = makeBlobs({ seed: heldOutSeed, ...blobs });
  const run = trainSoftmaxRegression(train.x, train.y, blobs.classes, { epochs, learningRate });
  const model = { weights: run.weights, bias: run.bias };
  const lossOn = (m: SoftmaxRegressionModel, x: number[][], y: number[]) =>
    crossEntropy(
      x.map((row) => logitsOf(m, row)),
      y,
    );
  // The held-out loss after e steps needs a run of e epochs: every epoch early on, then every tenth.
  const heldOutLosses = [...HELD_OUT_EPOCHS.filter((e) => e < epochs), epochs].map((e) => {
    const after = trainSoftmaxRegression(train.x, train.y, blobs.classes, {
      epochs: e,
      learningRate,
    });
    return [e, lossOn(after, heldOut.x, heldOut.y)] as const;
  });
  return {
    train,
    heldOut,
    model,
    losses: run.losses,
    finalLoss: lossOn(model, train.x, train.y),
    heldOutLosses,
    trainAccuracy: accuracy(model, train.x, train.y),
    heldOutAccuracy: accuracy(model, heldOut.x, heldOut.y),
    rateBound: stableRateBound(train.x),
  };
}
