import { describe, expect, test } from 'vitest';
import {
  binaryCrossEntropy,
  binaryCrossEntropyBackward,
  binaryCrossEntropyWithLogits,
  binaryCrossEntropyWithLogitsBackward,
  type CrossEntropyOptions,
  clipGradNorm,
  crossEntropy,
  crossEntropyBackward,
  crossEntropyBetween,
  entropy,
  fitTemperature,
  klDivergence,
  logSoftmax,
  logSumExp,
  makeBlobs,
  perplexity,
  predictSoftmaxRegression,
  type Reduction,
  sigmoidFocalLoss,
  sigmoidFocalLossBackward,
  smoothLabels,
  softmax,
  softmaxFocalLoss,
  softmaxFocalLossBackward,
  trainSoftmaxRegression,
} from '../src/index.ts';
import { expectClose, type Numeric } from './support/expect-close.ts';
import { casesOf, type GoldenCase, loadGolden, readGolden } from './support/golden.ts';

// Every case PyTorch computed, run through the function that claims its semantics.
type Matrix = number[][];
const num = (c: GoldenCase, key: string) => c.input[key] as number;
const vec = (c: GoldenCase, key: string) => c.input[key] as number[];
const mat = (c: GoldenCase, key: string) => c.input[key] as Matrix;
const reduction = (c: GoldenCase) => c.input.reduction as Reduction;
const expected = (value: unknown) => value as Numeric;
const flattenDeep = (value: Numeric): number[] =>
  Array.isArray(value) ? value.flatMap(flattenDeep) : [value];

const softmaxCases = loadGolden('softmax');
const information = loadGolden('information');
const crossEntropyCases = loadGolden('cross_entropy');
const binary = loadGolden('binary_cross_entropy');
const focal = loadGolden('focal_loss');
const smoothing = loadGolden('label_smoothing');
const clipping = loadGolden('clip_grad_norm');
const largeLogits = loadGolden('large_logits');
const weightsAndMasks = loadGolden('weights_and_masks');
const temperature = loadGolden('temperature');
const softmaxRegression = loadGolden('softmax_regression');

describe('softmax family', () => {
  test.each(casesOf(softmaxCases, 'softmax'))('softmax %s', (_, c) => {
    expectClose(
      mat(c, 'logits').map((row) => softmax(row, num(c, 'temperature'))),
      expected(c.output),
    );
  });
  test.each(casesOf(softmaxCases, 'log_softmax'))('logSoftmax %s', (_, c) => {
    expectClose(
      mat(c, 'logits').map((row) => logSoftmax(row)),
      expected(c.output),
    );
  });
  test.each(casesOf(softmaxCases, 'logsumexp'))('logSumExp %s', (_, c) => {
    expectClose(
      mat(c, 'logits').map((row) => logSumExp(row)),
      expected(c.output),
    );
  });
});

describe('softmax family at |z| ≈ 1e6', () => {
  test.each(casesOf(largeLogits, 'log_softmax'))('logSoftmax %s', (_, c) => {
    expectClose(
      mat(c, 'logits').map((row) => logSoftmax(row)),
      expected(c.output),
    );
  });
  test.each(casesOf(largeLogits, 'logsumexp'))('logSumExp %s', (_, c) => {
    expectClose(
      mat(c, 'logits').map((row) => logSumExp(row)),
      expected(c.output),
    );
  });
  test.each(casesOf(largeLogits, 'perplexity'))('perplexity %s', (_, c) => {
    expectClose(perplexity(mat(c, 'logits'), vec(c, 'target')), expected(c.output));
  });
  test('the issue case is exact: crossEntropy([[1e6, 1e6 − 5]], [0])', () => {
    const want = 0.006715348489117967;
    expect(Math.abs(crossEntropy([[1e6, 1e6 - 5]], [0]) - want)).toBeLessThanOrEqual(1e-15 * want);
  });
});

describe('information', () => {
  test.each(casesOf(information, 'entropy'))('entropy %s', (_, c) => {
    expectClose(entropy(vec(c, 'p')), expected(c.output));
  });
  test.each(casesOf(information, 'entropy_bits'))('entropy in bits %s', (_, c) => {
    expectClose(entropy(vec(c, 'p'), 2), expected(c.output));
  });
  test.each(casesOf(information, 'cross_entropy_of_distributions'))(
    'crossEntropyBetween %s',
    (_, c) => {
      expectClose(crossEntropyBetween(vec(c, 'p'), vec(c, 'q')), expected(c.output));
    },
  );
  test.each(casesOf(information, 'kl_divergence'))('klDivergence %s', (_, c) => {
    expectClose(klDivergence(vec(c, 'p'), vec(c, 'q')), expected(c.output));
  });
});

describe('cross-entropy', () => {
  const cases = [
    ...casesOf(crossEntropyCases, 'cross_entropy'),
    ...casesOf(crossEntropyCases, 'cross_entropy_soft'),
    // |z| ≈ 1e6, where zᵢ − LSE(z) would lose up to 5e-9 relative
    ...casesOf(largeLogits, 'cross_entropy').map(([name, c]): [string, GoldenCase] => [
      `large ${name}`,
      c,
    ]),
    // class weights with ignore_index, some batches entirely ignored (NaN)
    ...casesOf(weightsAndMasks, 'cross_entropy').map(([name, c]): [string, GoldenCase] => [
      `masked ${name}`,
      c,
    ]),
  ];
  test.each(cases)('%s', (_, c) => {
    const options: CrossEntropyOptions = {
      labelSmoothing: num(c, 'label_smoothing'),
      reduction: reduction(c),
    };
    if (c.input.weight !== null) options.weight = vec(c, 'weight');
    if (c.input.ignore_index !== undefined) options.ignoreIndex = num(c, 'ignore_index');
    const target = c.input.target as number[] | Matrix;
    expectClose(crossEntropy(mat(c, 'logits'), target, options), expected(c.output));
    expectClose(
      crossEntropyBackward(mat(c, 'logits'), target, options),
      expected(c.grad_logits_of_sum),
    );
  });
});

describe('binary cross-entropy', () => {
  test.each(casesOf(binary, 'binary_cross_entropy'))('on probabilities %s', (_, c) => {
    const options = { reduction: reduction(c) };
    expectClose(binaryCrossEntropy(vec(c, 'probs'), vec(c, 'target'), options), expected(c.output));
    expectClose(
      binaryCrossEntropyBackward(vec(c, 'probs'), vec(c, 'target'), options),
      expected(c.grad_probs_of_sum),
    );
  });
  test.each([
    ...casesOf(binary, 'binary_cross_entropy_with_logits'),
    // a scalar pos_weight with |x| up to 1e4
    ...casesOf(weightsAndMasks, 'binary_cross_entropy_with_logits').map(
      ([name, c]): [string, GoldenCase] => [`large ${name}`, c],
    ),
  ])('from logits %s', (_, c) => {
    const options = {
      reduction: reduction(c),
      ...(c.input.pos_weight === null ? {} : { posWeight: num(c, 'pos_weight') }),
    };
    expectClose(
      binaryCrossEntropyWithLogits(vec(c, 'logits'), vec(c, 'target'), options),
      expected(c.output),
    );
    expectClose(
      binaryCrossEntropyWithLogitsBackward(vec(c, 'logits'), vec(c, 'target'), options),
      expected(c.grad_logits_of_sum),
    );
  });
});

describe('focal loss', () => {
  test.each(casesOf(focal, 'sigmoid_focal_loss'))('sigmoid %s', (_, c) => {
    const options = { alpha: num(c, 'alpha'), gamma: num(c, 'gamma'), reduction: reduction(c) };
    expectClose(sigmoidFocalLoss(vec(c, 'logits'), vec(c, 'target'), options), expected(c.output));
    expectClose(
      sigmoidFocalLossBackward(vec(c, 'logits'), vec(c, 'target'), options),
      expected(c.grad_logits_of_sum),
    );
  });
  test.each(casesOf(focal, 'softmax_focal_loss'))('softmax %s', (_, c) => {
    const options = {
      gamma: num(c, 'gamma'),
      reduction: reduction(c),
      ...(c.input.alpha === null ? {} : { alpha: vec(c, 'alpha') }),
    };
    expectClose(softmaxFocalLoss(mat(c, 'logits'), vec(c, 'target'), options), expected(c.output));
    expectClose(
      softmaxFocalLossBackward(mat(c, 'logits'), vec(c, 'target'), options),
      expected(c.grad_logits_of_sum),
    );
  });
});

describe('label smoothing and clipping', () => {
  test.each(casesOf(smoothing, 'smooth_labels'))('smoothLabels %s', (_, c) => {
    expectClose(
      smoothLabels(vec(c, 'target'), num(c, 'num_classes'), num(c, 'epsilon')),
      expected(c.output),
    );
  });
  test.each(casesOf(clipping, 'clip_grad_norm'))('clipGradNorm %s', (_, c) => {
    // PyTorch clips a list of tensors of any shape; the flat API takes each flattened, so reshape back.
    const flat = (c.input.grads as Numeric[]).map(flattenDeep);
    const result = clipGradNorm(flat, num(c, 'max_norm'));
    const output = c.output as { total_norm: number; grads: Numeric[] };
    expectClose(result.totalNorm, output.total_norm);
    expectClose(result.grads, output.grads.map(flattenDeep));
  });
});

describe('temperature scaling', () => {
  // PyTorch's L-BFGS on log T converged to |dL/dT| < 1e-12 (the file's dloss_dT_at_output).
  test.each(casesOf(temperature, 'fit_temperature'))('fitTemperature %s', (_, c) => {
    expectClose(fitTemperature(mat(c, 'logits'), vec(c, 'target')), expected(c.output), {
      rel: 1e-9,
      abs: 0,
    });
  });
});

describe('softmax regression', () => {
  interface Dataset {
    name: string;
    options: { n: number; classes: number; dims: number; spread: number };
    train: { seed: number; x: Matrix; y: number[] };
    heldOut: { seed: number; x: Matrix; y: number[] };
  }
  const { datasets } = readGolden('blobs') as { datasets: Dataset[] };
  test.each(datasets.map((d) => [d.name, d] as const))(
    'makeBlobs reproduces the %s dataset PyTorch trained on',
    (_, d) => {
      for (const split of [d.train, d.heldOut]) {
        expect(makeBlobs({ seed: split.seed, ...d.options })).toEqual({ x: split.x, y: split.y });
      }
    },
  );
  test.each(casesOf(softmaxRegression, 'softmax_regression'))('training run %s', (_, c) => {
    const data = datasets.find((d) => d.name === c.input.dataset) as Dataset;
    const output = c.output as {
      losses: number[];
      weights: Matrix;
      bias: number[];
      held_out_predictions: number[];
    };
    const model = trainSoftmaxRegression(data.train.x, data.train.y, num(c, 'num_classes'), {
      epochs: num(c, 'epochs'),
      learningRate: num(c, 'learning_rate'),
    });
    expectClose(model.losses, output.losses);
    expectClose(model.weights, output.weights);
    expectClose(model.bias, output.bias);
    expect(predictSoftmaxRegression(model, data.heldOut.x)).toEqual(output.held_out_predictions);
  });
});

test('every golden case is run', () => {
  const all = [
    softmaxCases,
    information,
    crossEntropyCases,
    binary,
    focal,
    smoothing,
    clipping,
    largeLogits,
    weightsAndMasks,
    temperature,
    softmaxRegression,
  ].flat();
  const covered = new Set([
    'softmax',
    'log_softmax',
    'logsumexp',
    'entropy',
    'entropy_bits',
    'cross_entropy_of_distributions',
    'kl_divergence',
    'cross_entropy',
    'cross_entropy_soft',
    'binary_cross_entropy',
    'binary_cross_entropy_with_logits',
    'sigmoid_focal_loss',
    'softmax_focal_loss',
    'smooth_labels',
    'clip_grad_norm',
    'perplexity',
    'fit_temperature',
    'softmax_regression',
  ]);
  expect(all.filter((c) => !covered.has(c.op)).map((c) => c.op)).toEqual([]);
});
