import { describe, expect, test } from 'vitest';
import {
  crossEntropy,
  makeBlobs,
  mulberry32,
  normal,
  numericalGradient,
  predictSoftmaxRegression,
  relativeError,
  type SoftmaxRegressionModel,
  softmaxRegressionGradient,
  trainSoftmaxRegression,
} from '../src/index.ts';
import { expectClose } from './support/expect-close.ts';

// The capstone's reference: the seeded data generator and softmax regression by gradient descent.
// The PyTorch runs are in golden.test.ts; here the properties that hold for any data.
const data = makeBlobs({ seed: 3, n: 60, classes: 3, dims: 2 });

describe('seeded data', () => {
  test('mulberry32 matches the commonly published form of the generator', () => {
    // mulberry32 as Tommy Ettinger's public-domain C and bryc's JavaScript port write it: the
    // state is a plain number that grows by 0x6D2B79F5, and the int32 operations wrap it.
    const published = (a: number) => () => {
      a += 0x6d2b79f5;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (const seed of [0, 1, 20261129, 2 ** 32 - 1]) {
      const ours = mulberry32(seed);
      const theirs = published(seed);
      const a = Array.from({ length: 1000 }, ours);
      expect(a).toEqual(Array.from({ length: 1000 }, theirs));
      expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...a)).toBeLessThan(1);
    }
  });
  test('normal draws have mean ≈ 0 and variance ≈ 1', () => {
    const uniform = mulberry32(42);
    const draws = Array.from({ length: 20000 }, () => normal(uniform));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    // standard errors: 1/√20000 ≈ 0.007 for the mean, √(2/20000) ≈ 0.01 for the variance
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
  });
  test('makeBlobs is deterministic, balanced, and seeds change only the noise', () => {
    expect(makeBlobs({ seed: 3, n: 60, classes: 3, dims: 2 })).toEqual(data);
    expect(data.y.slice(0, 6)).toEqual([0, 1, 2, 0, 1, 2]);
    const other = makeBlobs({ seed: 4, n: 60, classes: 3, dims: 2 });
    expect(other.y).toEqual(data.y);
    expect(other.x).not.toEqual(data.x);
  });
  test('each blob is centred on its point of the circle', () => {
    const big = makeBlobs({ seed: 5, n: 6000, classes: 3, dims: 3, spread: 0.5, radius: 2 });
    for (let k = 0; k < 3; k++) {
      const rows = big.x.filter((_, i) => big.y[i] === k);
      const centre = [0, 1, 2].map(
        (d) => rows.reduce((a, r) => a + (r[d] as number), 0) / rows.length,
      );
      const angle = (2 * Math.PI * k) / 3;
      // 2000 points of spread 0.5: standard error 0.011 per coordinate
      expectClose(centre, [2 * Math.cos(angle), 2 * Math.sin(angle), 0], { rel: 0, abs: 0.05 });
    }
  });
});

describe('softmaxRegressionGradient', () => {
  const model: SoftmaxRegressionModel = {
    weights: [
      [0.3, -0.2],
      [-0.1, 0.4],
      [0.05, 0.1],
    ],
    bias: [0.1, -0.2, 0.05],
  };
  test('the loss is the mean cross-entropy of W x + b', () => {
    const logits = data.x.map((row) =>
      model.weights.map(
        (w, k) =>
          (w[0] as number) * (row[0] as number) +
          (w[1] as number) * (row[1] as number) +
          (model.bias[k] as number),
      ),
    );
    expectClose(
      softmaxRegressionGradient(model, data.x, data.y).loss,
      crossEntropy(logits, data.y),
      {
        rel: 1e-14,
        abs: 0,
      },
    );
  });
  test('the gradients agree with central differences', () => {
    const flat = [...model.weights.flat(), ...model.bias];
    const lossAt = (p: number[]) =>
      softmaxRegressionGradient(
        { weights: [p.slice(0, 2), p.slice(2, 4), p.slice(4, 6)], bias: p.slice(6) },
        data.x,
        data.y,
      ).loss;
    const { weights, bias } = softmaxRegressionGradient(model, data.x, data.y);
    expect(
      relativeError([...weights.flat(), ...bias], numericalGradient(lossAt, flat)),
    ).toBeLessThan(1e-7);
  });
});

describe('trainSoftmaxRegression', () => {
  const run = (epochs: number, learningRate: number) =>
    trainSoftmaxRegression(data.x, data.y, 3, { epochs, learningRate });

  test('losses[0] is ln K (all-zero start) and there is one loss per epoch', () => {
    const { losses } = run(30, 0.1);
    expect(losses).toHaveLength(30);
    expectClose(losses[0] as number, Math.log(3), { rel: 1e-15, abs: 0 });
  });
  test('with a stable learning rate the loss decreases every epoch', () => {
    const { losses } = run(100, 0.1);
    losses.slice(1).forEach((loss, e) => {
      expect(loss).toBeLessThan(losses[e] as number);
    });
  });
  test('each update is one gradient step from the previous model', () => {
    const before = run(4, 0.2);
    const after = run(5, 0.2);
    const g = softmaxRegressionGradient(before, data.x, data.y);
    expect(after.losses[4]).toBe(g.loss);
    expectClose(
      after.weights,
      before.weights.map((row, k) => row.map((w, d) => w - 0.2 * (g.weights[k]?.[d] as number))),
      { rel: 1e-15, abs: 1e-15 },
    );
    expectClose(
      after.bias,
      before.bias.map((b, k) => b - 0.2 * (g.bias[k] as number)),
      {
        rel: 1e-15,
        abs: 1e-15,
      },
    );
  });
  test('zero epochs return the all-zero model', () => {
    expect(run(0, 0.1)).toEqual({
      weights: [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      bias: [0, 0, 0],
      losses: [],
    });
  });
  test('the doc example', () => {
    const model = trainSoftmaxRegression([[1], [-1]], [0, 1], 2, { epochs: 1, learningRate: 1 });
    expectClose(model.losses, [Math.log(2)]);
    expectClose(model.weights, [[0.5], [-0.5]]);
    expectClose(model.bias, [0, 0]);
  });
  test('a trained model separates held-out blobs', () => {
    const model = run(200, 0.1);
    const heldOut = makeBlobs({ seed: 4, n: 60, classes: 3, dims: 2 });
    const predicted = predictSoftmaxRegression(model, heldOut.x);
    const accuracy = predicted.filter((p, i) => p === heldOut.y[i]).length / predicted.length;
    expect(accuracy).toBeGreaterThan(0.8);
  });
  test('leaves its inputs unchanged', () => {
    const x = [
      [1, 2],
      [3, 4],
    ];
    const y = [0, 1];
    trainSoftmaxRegression(x, y, 2, { epochs: 3, learningRate: 0.1 });
    expect([x, y]).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
      [0, 1],
    ]);
  });
});

describe('predictSoftmaxRegression', () => {
  test.each([
    ['the doc example', { weights: [[1], [-1]], bias: [0, 0] }, [[2], [-3]], [0, 1]],
    // equal logits: the first index of the maximum
    ['ties go to the first class', { weights: [[0], [0], [0]], bias: [1, 1, 0] }, [[5]], [0]],
    ['the bias decides at x = 0', { weights: [[1], [1]], bias: [0, 0.5] }, [[0]], [1]],
  ])('%s', (_, model, x, want) => {
    expect(predictSoftmaxRegression(model, x)).toEqual(want);
  });
});
