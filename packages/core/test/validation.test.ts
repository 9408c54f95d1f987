import { expect, test } from 'vitest';
import * as core from '../src/index.ts';

// Every validation path: the call, the error class, and the exact message a learner or instructor sees.
// `as never` lets a test pass what the types forbid, as plain JavaScript callers can.
const bad = (value: unknown) => value as never;

test.each([
  [
    'softmax',
    () => core.softmax(bad('a')),
    TypeError,
    "softmax: logits must be an array of numbers, got 'a'",
  ],
  [
    'softmax',
    () => core.softmax(bad([1, 'x'])),
    TypeError,
    "softmax: logits[1] = 'x' is not a number",
  ],
  [
    'softmax',
    () => core.softmax([1, 2], 0),
    RangeError,
    'softmax: temperature = 0 must be a finite number greater than 0',
  ],
  [
    'logSoftmax',
    () => core.logSoftmax([1], -1),
    RangeError,
    'logSoftmax: temperature = -1 must be a finite number greater than 0',
  ],
  [
    'logSumExp',
    () => core.logSumExp(bad(null)),
    TypeError,
    'logSumExp: values must be an array of numbers, got null',
  ],
  ['sigmoid', () => core.sigmoid(bad('1')), TypeError, "sigmoid: x = '1' is not a number"],
  [
    'logSigmoid',
    () => core.logSigmoid(bad(undefined)),
    TypeError,
    'logSigmoid: x = undefined is not a number',
  ],
  [
    'entropy',
    () => core.entropy([0.5, -0.1]),
    RangeError,
    'entropy: p[1] = -0.1 must be a finite number ≥ 0',
  ],
  [
    'entropy',
    () => core.entropy([1], 1),
    RangeError,
    'entropy: base = 1 is not a valid logarithm base',
  ],
  [
    'entropy',
    () => core.entropy([1], 0),
    RangeError,
    'entropy: base = 0 must be a finite number greater than 0',
  ],
  [
    'crossEntropyBetween',
    () => core.crossEntropyBetween([1, 0], [1]),
    RangeError,
    'crossEntropyBetween: q has 1 entries, but p has 2',
  ],
  [
    'klDivergence',
    () => core.klDivergence([1], [Number.NaN]),
    RangeError,
    'klDivergence: q[0] = NaN must be a finite number ≥ 0',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy(bad(5), [0]),
    TypeError,
    'crossEntropy: logits must be an array of rows, got 5',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2], [1]], [0, 0]),
    RangeError,
    'crossEntropy: logits[1] has 1 entries, but logits[0] has 2',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2]], [0, 1]),
    RangeError,
    'crossEntropy: target has 2 entries, but logits has 1',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2, 3, 4, 5]], [7]),
    RangeError,
    'crossEntropy: target[0] = 7 is out of range for 5 classes',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2]], [0.5]),
    TypeError,
    'crossEntropy: target[0] = 0.5 is not an integer class index',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2]], [-1]),
    RangeError,
    'crossEntropy: target[0] = -1 is out of range for 2 classes',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2]], bad('0')),
    TypeError,
    "crossEntropy: target must be an array, got '0'",
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2]], [0], { labelSmoothing: 1.5 }),
    RangeError,
    'crossEntropy: labelSmoothing = 1.5 is outside [0, 1]',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2]], [0], { weight: [1] }),
    RangeError,
    'crossEntropy: weight has 1 entries, but there are 2 classes',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2]], [0], { reduction: bad('avg') }),
    TypeError,
    "crossEntropy: reduction = 'avg' must be 'mean', 'sum' or 'none'",
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2]], [0], { ignoreIndex: 0.5 }),
    TypeError,
    'crossEntropy: ignoreIndex = 0.5 is not an integer',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([], []),
    RangeError,
    'crossEntropy: logits is an empty batch, and the mean of no losses is undefined',
  ],
  [
    'crossEntropy',
    () => core.crossEntropy([[1, 2]], [[1, 0, 0]]),
    RangeError,
    'crossEntropy: target rows have 3 entries, but logits rows have 2',
  ],
  [
    'crossEntropyBackward',
    () => core.crossEntropyBackward([[1, 2]], [2]),
    RangeError,
    'crossEntropyBackward: target[0] = 2 is out of range for 2 classes',
  ],
  [
    'binaryCrossEntropy',
    () => core.binaryCrossEntropy([1.2], [1]),
    RangeError,
    'binaryCrossEntropy: probs[0] = 1.2 is not a probability in [0, 1]',
  ],
  [
    'binaryCrossEntropy',
    () => core.binaryCrossEntropy([0.2], [2]),
    RangeError,
    'binaryCrossEntropy: target[0] = 2 is outside [0, 1]',
  ],
  [
    'binaryCrossEntropy',
    () => core.binaryCrossEntropy([0.2], [1], { weight: [1, 2] }),
    RangeError,
    'binaryCrossEntropy: weight has 2 entries, but probs has 1',
  ],
  [
    'binaryCrossEntropyBackward',
    () => core.binaryCrossEntropyBackward([], []),
    RangeError,
    'binaryCrossEntropyBackward: probs is empty, and the mean of no losses is undefined',
  ],
  [
    'binaryCrossEntropyWithLogits',
    () => core.binaryCrossEntropyWithLogits([0, 1], [1]),
    RangeError,
    'binaryCrossEntropyWithLogits: target has 1 entries, but logits has 2',
  ],
  [
    'binaryCrossEntropyWithLogits',
    () => core.binaryCrossEntropyWithLogits([0, 1], [1, 0], { posWeight: [1, 2, 3] }),
    RangeError,
    'binaryCrossEntropyWithLogits: posWeight has 3 entries, but logits has 2',
  ],
  [
    'binaryCrossEntropyWithLogitsBackward',
    () => core.binaryCrossEntropyWithLogitsBackward([0], [1], { posWeight: bad('3') }),
    TypeError,
    "binaryCrossEntropyWithLogitsBackward: posWeight = '3' must be a number or an array of numbers",
  ],
  [
    'sigmoidFocalLoss',
    () => core.sigmoidFocalLoss([0], [1], { gamma: -1 }),
    RangeError,
    'sigmoidFocalLoss: gamma = -1 must be a finite number ≥ 0',
  ],
  [
    'sigmoidFocalLoss',
    () => core.sigmoidFocalLoss([0], [1], { alpha: Number.NaN }),
    RangeError,
    'sigmoidFocalLoss: alpha = NaN must be a number',
  ],
  [
    'sigmoidFocalLossBackward',
    () => core.sigmoidFocalLossBackward([0], [1], { alpha: bad('x') }),
    TypeError,
    "sigmoidFocalLossBackward: alpha = 'x' is not a number",
  ],
  [
    'softmaxFocalLoss',
    () => core.softmaxFocalLoss([[0, 1]], [0], { alpha: [1] }),
    RangeError,
    'softmaxFocalLoss: alpha has 1 entries, but there are 2 classes',
  ],
  [
    'softmaxFocalLoss',
    () => core.softmaxFocalLoss([[0, 1]], [0], { gamma: Number.POSITIVE_INFINITY }),
    RangeError,
    'softmaxFocalLoss: gamma = Infinity must be a finite number ≥ 0',
  ],
  [
    'softmaxFocalLossBackward',
    () => core.softmaxFocalLossBackward([], []),
    RangeError,
    'softmaxFocalLossBackward: logits is an empty batch, and the mean of no losses is undefined',
  ],
  [
    'smoothLabels',
    () => core.smoothLabels([0], 0, 0.1),
    RangeError,
    'smoothLabels: numClasses = 0 must be a whole number ≥ 1',
  ],
  [
    'smoothLabels',
    () => core.smoothLabels([0], 2, -0.1),
    RangeError,
    'smoothLabels: epsilon = -0.1 is outside [0, 1]',
  ],
  [
    'smoothLabels',
    () => core.smoothLabels([3], 2, 0.1),
    RangeError,
    'smoothLabels: target[0] = 3 is out of range for 2 classes',
  ],
  [
    'clipGradNorm',
    () => core.clipGradNorm([[1]], -1),
    RangeError,
    'clipGradNorm: maxNorm = -1 must be a number ≥ 0',
  ],
  [
    'clipGradNorm',
    () => core.clipGradNorm(bad(3), 1),
    TypeError,
    'clipGradNorm: grads must be an array of gradient arrays, got 3',
  ],
  [
    'numericalGradient',
    () => core.numericalGradient((x) => x[0] ?? 0, [1], 0),
    RangeError,
    'numericalGradient: h = 0 must be a finite number greater than 0',
  ],
  [
    'perplexity',
    () => core.perplexity([[0, 1]], [2]),
    RangeError,
    'perplexity: labels[0] = 2 is out of range for 2 classes',
  ],
  ['perplexity', () => core.perplexity([], []), RangeError, 'perplexity: logits is an empty batch'],
  [
    'relativeError',
    () => core.relativeError([1, 2], [1]),
    RangeError,
    'relativeError: b has 1 entries, but a has 2',
  ],
  [
    'expectedCalibrationError',
    () => core.expectedCalibrationError([[0.5, 0.5]], [0], 0),
    RangeError,
    'expectedCalibrationError: bins = 0 must be an integer ≥ 1',
  ],
  [
    'expectedCalibrationError',
    () => core.expectedCalibrationError([[1.5, -0.5]], [0]),
    RangeError,
    'expectedCalibrationError: probs[0][0] = 1.5 is not a probability in [0, 1]',
  ],
  [
    'expectedCalibrationError',
    () => core.expectedCalibrationError([[0.5, 0.5]], [0, 1]),
    RangeError,
    'expectedCalibrationError: labels has 2 entries, but probs has 1',
  ],
  [
    'fitTemperature',
    () => core.fitTemperature([[1, Number.NaN]], [0]),
    RangeError,
    'fitTemperature: logits[0][1] = NaN is not finite',
  ],
  [
    'fitTemperature',
    () => core.fitTemperature([[1, 0]], [bad(0.5)]),
    TypeError,
    'fitTemperature: labels[0] = 0.5 is not an integer class index',
  ],
  [
    'logSumExpState',
    () => core.logSumExpState(bad(5)),
    TypeError,
    'logSumExpState: values must be an iterable of numbers, got 5',
  ],
  [
    'streamingLogSumExp',
    () => core.streamingLogSumExp(bad(new Set([1, 'a']))),
    TypeError,
    "streamingLogSumExp: values[1] = 'a' is not a number",
  ],
  [
    'mergeLogSumExp',
    () => core.mergeLogSumExp({ max: 0, sum: 1 }, bad({ max: 0 })),
    TypeError,
    'mergeLogSumExp: b must be a state { max: number; sum: number }, got object',
  ],
  [
    'mergeLogSumExp',
    () => core.mergeLogSumExp({ max: 0, sum: -1 }, { max: 0, sum: 1 }),
    RangeError,
    'mergeLogSumExp: a.sum = -1 must be ≥ 0',
  ],
  [
    'lseOf',
    () => core.lseOf({ max: Number.NEGATIVE_INFINITY, sum: 2 }),
    RangeError,
    'lseOf: state has max = -Infinity but sum = 2; the empty state has sum 0',
  ],
  [
    'makeBlobs',
    () => core.makeBlobs({ seed: 1, n: 10, classes: 1, dims: 2 }),
    RangeError,
    'makeBlobs: classes = 1 must be an integer ≥ 2',
  ],
  [
    'makeBlobs',
    () => core.makeBlobs({ seed: 0.5, n: 10, classes: 2, dims: 2 }),
    TypeError,
    'makeBlobs: seed = 0.5 is not an integer',
  ],
  [
    'trainSoftmaxRegression',
    () => core.trainSoftmaxRegression([[1]], [0], 2, { epochs: 1, learningRate: 0 }),
    RangeError,
    'trainSoftmaxRegression: options.learningRate = 0 must be a finite number greater than 0',
  ],
  [
    'trainSoftmaxRegression',
    () => core.trainSoftmaxRegression([[1]], [2], 2, { epochs: 1, learningRate: 0.1 }),
    RangeError,
    'trainSoftmaxRegression: labels[0] = 2 is out of range for 2 classes',
  ],
  [
    'trainSoftmaxRegression',
    () =>
      core.trainSoftmaxRegression([[1, Number.POSITIVE_INFINITY]], [0], 2, {
        epochs: 1,
        learningRate: 0.1,
      }),
    RangeError,
    'trainSoftmaxRegression: x[0][1] = Infinity is not finite',
  ],
  [
    'trainSoftmaxRegression',
    () => core.trainSoftmaxRegression([[1]], [0], 2, { epochs: -1, learningRate: 0.1 }),
    RangeError,
    'trainSoftmaxRegression: options.epochs = -1 must be an integer ≥ 0',
  ],
  [
    'predictSoftmaxRegression',
    () => core.predictSoftmaxRegression({ weights: [[1, 2]], bias: [0] }, [[1]]),
    RangeError,
    'predictSoftmaxRegression: x rows have 1 features, but model.weights rows have 2',
  ],
  [
    'predictSoftmaxRegression',
    () => core.predictSoftmaxRegression({ weights: [[1], [2]], bias: [0] }, [[1]]),
    RangeError,
    'predictSoftmaxRegression: model.bias has 1 entries, but model.weights has 2 rows',
  ],
] as const)('%s rejects bad input (case %#)', (_, call, errorClass, message) => {
  expect(call).toThrow(errorClass);
  expect(call).toThrow(message);
});

test.each([
  // 'sum' and 'none' of an empty batch are well defined
  ['crossEntropy sum', () => core.crossEntropy([], [], { reduction: 'sum' }), 0],
  ['crossEntropy none', () => core.crossEntropy([], [], { reduction: 'none' }), []],
  // every target ignored: PyTorch returns NaN for 'mean'
  ['all ignored', () => core.crossEntropy([[1, 2]], [-100]), Number.NaN],
])('%s', (_, call, expected) => {
  expect(call()).toEqual(expected);
});
