import type * as Learner from '@exercise/train-classifier';
import {
  stableLearningRate,
  type TrainingProblem,
  trainingProblem,
} from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import {
  type CheckContext,
  callOf,
  expectClose,
  expectMatrix,
  expectNumber,
  expectVector,
  failCheck,
} from './support/expect-close.ts';
import { formatNumber, formatValue } from './support/feedback.ts';
import { checkProperty } from './support/property.ts';
import { type LinearModel, reference } from './support/reference.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

type Trained = ReturnType<typeof Learner.trainSoftmaxRegression>;

/** Three points in the plane, one per class: small enough to follow one epoch by hand. */
const TINY: TrainingProblem = {
  x: [
    [0, 1],
    [-1, -1],
    [1, 0],
  ],
  y: [1, 2, 0],
  numClasses: 3,
  options: { epochs: 1, learningRate: 0.5 },
};

/**
 * The runs a failing trainer is diagnosed on (what each catalogued mistake returns there is in
 * fingerprints/train-classifier.ts): two epochs on TINY, three runs on mirror-image classes, and
 * predictions with and without ties.
 */
const PROBES = {
  reference: {
    trainSoftmaxRegression: reference.trainSoftmaxRegression,
    predict: reference.predictSoftmaxRegression,
  },
  calls: [
    {
      // TINY's points, written out: a check that hands TINY to a learner may see it changed.
      fn: 'trainSoftmaxRegression',
      args: [
        [
          [0, 1],
          [-1, -1],
          [1, 0],
        ],
        [1, 2, 0],
        3,
        { epochs: 2, learningRate: 0.5 },
      ],
    },
    // Mirror-image classes: the bias gradient is 0 at every step, so the weights alone tell a
    // step up the gradient, with or without the bias, from the right one; N > 1 tells a sum from a mean.
    ...(
      [
        [
          [
            [1, 0.5],
            [-1, -0.5],
          ],
          [0, 1],
        ],
        [
          [
            [1, 0.5],
            [2, -1],
            [-1, -0.5],
            [-2, 1],
          ],
          [0, 0, 1, 1],
        ],
        [
          [
            [0.5, 2],
            [-0.5, -2],
            [1.5, 0],
            [-1.5, 0],
          ],
          [1, 0, 0, 1],
        ],
      ] satisfies [number[][], number[]][]
    ).map(([x, y]) => ({
      fn: 'trainSoftmaxRegression',
      args: [x, y, 2, { epochs: 3, learningRate: 0.5 }],
    })),
    {
      fn: 'predict',
      args: [
        {
          weights: [
            [1, 0],
            [0, 1],
            [-1, -1],
          ],
          bias: [0, 0.5, 0],
        },
        [
          [2, 0],
          [0, 2],
          [-3, -1],
        ],
      ],
    },
    {
      fn: 'predict',
      args: [{ weights: [[0], [1], [1]], bias: [0, 0, 0] }, [[2], [-2], [0]]],
    },
  ],
};

/** Blobs for the held-out check: a training sample and a held-out sample of the same problem. */
const BLOBS = { n: 120, classes: 4, dims: 3, spread: 1.6 };
const TRAIN_SEED = 11;
const HELD_OUT_SEED = 12;

export default defineChecks('train-classifier', (learner: typeof Learner, { check, section }) => {
  const { trainSoftmaxRegression, predict } = learner;

  const MODEL = section('model');
  const GRADIENT = section('gradient');
  const LOOP = section('loop');
  const PREDICT = section('predict');
  const TRAIN = 'trainSoftmaxRegression';
  const PREDICT_NAME = 'predict';

  function about(
    problem: TrainingProblem,
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ) {
    const { x, y, numClasses, options } = problem;
    return {
      what: TRAIN,
      input: [x, y, numClasses, options],
      lesson,
      ...extra,
    } satisfies CheckContext;
  }

  /** The learner's run on a copy of `problem`, checked to have the shapes of the contract. */
  function trainedOn(problem: TrainingProblem, lesson: CheckContext['lesson']): Trained {
    const { x, y, numClasses, options } = problem;
    const context = about(problem, lesson);
    const received = callLearner(TRAIN, trainSoftmaxRegression, [x, y, numClasses, options]);
    if (typeof received !== 'object' || received === null || Array.isArray(received)) {
      failCheck(
        context,
        `${callOf(context)} returned ${formatValue(received)}; expected an object { weights, bias, losses }.`,
      );
    }
    const run = received as Partial<Trained>;
    const dims = x[0]?.length ?? 0;
    expectMatrix(run.weights, numClasses, dims, {
      ...context,
      quantity: `weights (one row of ${dims} per class)`,
    });
    expectVector(run.bias, numClasses, { ...context, quantity: 'bias (one entry per class)' });
    expectVector(run.losses, options.epochs, {
      ...context,
      quantity: 'losses (one entry per epoch)',
    });
    return run as Trained;
  }

  /** Compares the learner's run with the reference run: losses first, then weights and bias. */
  function expectReferenceRun(
    problem: TrainingProblem,
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ) {
    const { x, y, numClasses, options } = problem;
    const expected = reference.trainSoftmaxRegression(x, y, numClasses, options);
    const received = trainedOn(problem, lesson);
    const context = about(problem, lesson, extra);
    expectClose(received.losses, expected.losses, { ...context, quantity: 'losses' });
    expectClose(received.weights, expected.weights, { ...context, quantity: 'weights' });
    expectClose(received.bias, expected.bias, { ...context, quantity: 'bias' });
  }

  function predictContext(model: LinearModel, x: number[][], extra: Partial<CheckContext> = {}) {
    return {
      what: PREDICT_NAME,
      input: [model, x],
      lesson: PREDICT,
      ...extra,
    } satisfies CheckContext;
  }

  function expectPredictions(model: LinearModel, x: number[][], hint?: string) {
    const context = predictContext(model, x, hint ? { hint } : {});
    const received = callLearner(PREDICT_NAME, predict, [model, x]);
    expectVector(received, x.length, context);
    const expected = reference.predictSoftmaxRegression(model, x);
    received.forEach((label, n) => {
      if (label !== expected[n]) {
        failCheck(
          context,
          `${callOf(context)} returned ${formatValue(received)}; row [${n}] should be class ${expected[n]}, not ${formatValue(label)}.`,
        );
      }
    });
  }

  check('returns one weight row per class, a bias per class and a loss per epoch', () => {
    trainedOn({ ...TINY, options: { epochs: 4, learningRate: 0.5 } }, MODEL);
    const wide: TrainingProblem = {
      x: [
        [1, 0, 2, -1],
        [0, 1, 0.5, 0],
      ],
      y: [1, 0],
      numClasses: 2,
      options: { epochs: 3, learningRate: 0.1 },
    };
    trainedOn(wide, MODEL);
  });

  check('the first loss is ln K', () => {
    for (const numClasses of [2, 3, 5]) {
      const problem: TrainingProblem = {
        x: [
          [0.5, -1],
          [2, 0.25],
          [-1.5, 1],
        ],
        y: [0, 1, numClasses - 1],
        numClasses,
        options: { epochs: 2, learningRate: 0.2 },
      };
      const received = trainedOn(problem, LOOP);
      expectNumber(received.losses[0], about(problem, LOOP));
      expectClose(received.losses[0], Math.log(numClasses), {
        ...about(problem, LOOP, {
          quantity: 'losses[0]',
          hint: 'Before the first update every weight and bias is 0, so every class gets the same probability.',
        }),
      });
    }
  });

  check('one epoch is one step of gradient descent', () => {
    expectReferenceRun(TINY, GRADIENT, {
      hint: 'After one epoch the weights are 0 minus the learning rate times the gradient of the mean loss at 0.',
    });
  });

  check('the gradient is a mean over the examples', () => {
    const row = [0.5, -1.5];
    const repeated: TrainingProblem = {
      x: [row, row, row, row, [-1, 2]],
      y: [0, 0, 0, 0, 1],
      numClasses: 2,
      options: { epochs: 3, learningRate: 0.3 },
    };
    expectReferenceRun(repeated, GRADIENT, {
      hint: 'This batch repeats one example four times: its gradient must be an average, not a total.',
    });
  });

  check('the bias is trained too', () => {
    const featureless: TrainingProblem = {
      x: [[0], [0], [0], [0]],
      y: [0, 0, 0, 1],
      numClasses: 2,
      options: { epochs: 5, learningRate: 1 },
    };
    expectReferenceRun(featureless, GRADIENT, {
      hint: 'Every feature here is 0, so only the bias can learn that class 0 is three times as common.',
    });
  });

  check('records each loss before its update', () => {
    expectReferenceRun({ ...TINY, options: { epochs: 3, learningRate: 0.5 } }, LOOP, {
      hint: 'losses[e] belongs to the parameters at the start of epoch e, before they move.',
    });
  });

  check('the loss falls at every epoch for a stable learning rate', () => {
    const { x, y } = reference.makeBlobs({ seed: 5, n: 60, classes: 3, dims: 2 });
    const problem: TrainingProblem = {
      x,
      y,
      numClasses: 3,
      options: { epochs: 20, learningRate: 0.9 * stableLearningRate(x) },
    };
    const { losses } = trainedOn(problem, LOOP);
    for (let e = 1; e < losses.length; e++) {
      const [before, after] = [losses[e - 1] ?? 0, losses[e] ?? 0];
      if (!(after <= before + 1e-12)) {
        failCheck(
          about(problem, LOOP, {
            hint: 'With a learning rate this small every step of gradient descent lowers the loss; a step that raises it goes the wrong way.',
          }),
          `${callOf(about(problem, LOOP))} returned losses that rise from epoch ${e - 1} to epoch ${e}: ${formatNumber(before)} then ${formatNumber(after)}.`,
        );
      }
    }
  });

  check('matches the reference run on random datasets', () => {
    checkProperty(
      trainingProblem(),
      (problem) => {
        expectReferenceRun(problem, LOOP);
      },
      { numRuns: 15 },
    );
  });

  check('predict picks the class with the largest logit', () => {
    const model = {
      weights: [
        [1, 0],
        [0, 1],
        [-1, -1],
      ],
      bias: [0, 0.5, 0],
    };
    expectPredictions(model, [
      [2, 0],
      [0, 2],
      [-3, -1],
      [0.2, 0.1],
    ]);
    expectPredictions({ weights: [[1], [-1]], bias: [0, 0] }, [[2], [-3]]);
  });

  check('predict breaks ties by the first index', () => {
    const hint =
      'Where two classes have the same largest logit, the first of them is the prediction.';
    expectPredictions({ weights: [[0], [0], [0]], bias: [0, 0, 0] }, [[1], [-2]], hint);
    expectPredictions({ weights: [[0], [1], [1]], bias: [0, 0, 0] }, [[2]], hint);
  });

  check('does not modify its inputs', () => {
    // The options and the model are objects: their fields are passed one by one, so that each array
    // is compared entry by entry after the call. Copies of TINY: a learner that changes its inputs
    // must not change the data of the checks that come after this one.
    const { x, y, numClasses } = structuredClone(TINY);
    const options = { epochs: 2, learningRate: 0.5 };
    const train = (xs: number[][], ys: number[], k: number, epochs: number, rate: number) =>
      trainSoftmaxRegression(xs, ys, k, { epochs, learningRate: rate });
    expectInputsUnchanged(
      TRAIN,
      train,
      [x, y, numClasses, options.epochs, options.learningRate],
      ['x', 'y', 'numClasses', 'options.epochs', 'options.learningRate'],
    );
    const model = {
      weights: [
        [1, -1],
        [0.5, 2],
      ],
      bias: [0.25, 0],
    };
    const classify = (weights: number[][], bias: number[], xs: number[][]) =>
      predict({ weights, bias }, xs);
    expectInputsUnchanged(
      PREDICT_NAME,
      classify,
      [model.weights, model.bias, [[1, 2]]],
      ['model.weights', 'model.bias', 'x'],
    );
  });

  check('reaches the reference accuracy on held-out data', () => {
    const train = reference.makeBlobs({ seed: TRAIN_SEED, ...BLOBS });
    const heldOut = reference.makeBlobs({ seed: HELD_OUT_SEED, ...BLOBS });
    const problem: TrainingProblem = {
      ...train,
      numClasses: BLOBS.classes,
      options: { epochs: 100, learningRate: 0.9 * stableLearningRate(train.x) },
    };
    const expectedModel = reference.trainSoftmaxRegression(
      problem.x,
      problem.y,
      problem.numClasses,
      problem.options,
    );
    const expected = accuracy(
      reference.predictSoftmaxRegression(expectedModel, heldOut.x),
      heldOut.y,
    );
    const model = trainedOn(problem, PREDICT);
    const trained = { weights: model.weights, bias: model.bias };
    const context = predictContext(trained, heldOut.x);
    const predictions = callLearner(PREDICT_NAME, predict, [trained, heldOut.x]);
    expectVector(predictions, heldOut.x.length, context);
    const received = accuracy(predictions, heldOut.y);
    if (received < expected) {
      failCheck(
        {
          ...context,
          hint: `The model trained on ${BLOBS.n} points for ${problem.options.epochs} epochs and was tested on ${heldOut.x.length} new points from the same generator.`,
        },
        `Your model classified ${formatNumber(100 * received)} % of the held-out points correctly; the reference run reaches ${formatNumber(100 * expected)} %.`,
      );
    }
  });

  /** The fraction of predictions equal to their label. */
  function accuracy(predictions: number[], labels: number[]): number {
    return predictions.filter((label, n) => label === labels[n]).length / labels.length;
  }
}).withProbes(PROBES);
