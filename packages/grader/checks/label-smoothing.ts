import type * as Learner from '@exercise/label-smoothing';
import fc from 'fast-check';
import { labelledBatch, smoothing } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import { type CheckContext, expectClose, expectMatrix } from './support/expect-close.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { TOLERANCES } from './support/tolerances.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** The inputs a failing label smoothing is diagnosed on (what each catalogued mistake returns there is in fingerprints/label-smoothing.ts). */
const PROBES = {
  reference: {
    smoothLabels: reference.smoothLabels,
    labelSmoothingCrossEntropy: reference.crossEntropy,
  },
  calls: [
    ...(
      [
        [[0, 2], 3, 0.1],
        [[1], 4, 0.5],
        [[0, 1], 2, 1],
        [[1, 0], 3, 0],
      ] satisfies [number[], number, number][]
    ).map((args) => ({ fn: 'smoothLabels', args })),
    ...(
      [
        [
          [
            [2, 0.5, -1],
            [0, 1, 3],
          ],
          [0, 2],
          0.1,
        ],
        [
          [
            [2, 0.5, -1],
            [0, 1, 3],
          ],
          [0, 2],
          0,
        ],
        [[[0.3, -0.2, 1.1, 0.4]], [3], 0.3],
        [
          [
            [1.2, -0.4, 0.7, 0],
            [0.1, 0.9, -0.5, 2],
            [-1, 0, 1, 0.5],
          ],
          [1, 3, 0],
          0.2,
        ],
        [[[1000, 999, -1000]], [1], 0.1],
        [[[1000, 999]], [0], 0.1],
        [[[-1000, -999]], [0], 0.1],
        [[[0, -800]], [0], 0.2],
      ] satisfies [number[][], number[], number][]
    ).map((args) => ({ fn: 'labelSmoothingCrossEntropy', args })),
  ],
};

export default defineChecks('label-smoothing', (learner: typeof Learner, { check, section }) => {
  const { labelSmoothingCrossEntropy, smoothLabels } = learner;

  const TARGETS = section('targets');
  const LOSS = section('loss');

  function aboutTargets(
    labels: number[],
    numClasses: number,
    epsilon: number,
    extra: Partial<CheckContext> = {},
  ) {
    return {
      what: 'smoothLabels',
      input: [labels, numClasses, epsilon],
      lesson: TARGETS,
      ...extra,
    } satisfies CheckContext;
  }

  function aboutLoss(
    logits: number[][],
    labels: number[],
    epsilon: number,
    extra: Partial<CheckContext> = {},
  ) {
    return {
      what: 'labelSmoothingCrossEntropy',
      input: [logits, labels, epsilon],
      lesson: LOSS,
      ...extra,
    } satisfies CheckContext;
  }

  function expectTargetsMatch(
    labels: number[],
    numClasses: number,
    epsilon: number,
    hint?: string,
  ) {
    const expected = reference.smoothLabels(labels, numClasses, epsilon);
    const received = callLearner('smoothLabels', smoothLabels, [labels, numClasses, epsilon]);
    expectClose(
      received,
      expected,
      aboutTargets(labels, numClasses, epsilon, hint ? { hint } : {}),
    );
  }

  function expectLossMatches(
    logits: number[][],
    labels: number[],
    epsilon: number,
    extra: Partial<CheckContext> = {},
  ) {
    const expected = reference.crossEntropy(logits, labels, epsilon);
    const received = callLearner('labelSmoothingCrossEntropy', labelSmoothingCrossEntropy, [
      logits,
      labels,
      epsilon,
    ]);
    expectClose(received, expected, aboutLoss(logits, labels, epsilon, extra));
  }

  /** Labels for K classes, with K in 1…6, and an ε in [0, 1]. */
  const labelsAndSmoothing = fc.integer({ min: 1, max: 6 }).chain((numClasses) =>
    fc.record({
      numClasses: fc.constant(numClasses),
      labels: fc.array(fc.integer({ min: 0, max: numClasses - 1 }), {
        minLength: 1,
        maxLength: 5,
      }),
      epsilon: smoothing(),
    }),
  );

  const SMALL_BATCH = [
    [2, 0.5, -1],
    [0, 1, 3],
  ];

  check('smoothed targets have one row per label and one entry per class', () => {
    const received = callLearner('smoothLabels', smoothLabels, [[0, 2], 3, 0.1]);
    expectMatrix(received, 2, 3, aboutTargets([0, 2], 3, 0.1));
  });

  check('smoothed targets match the reference', () => {
    expectTargetsMatch([0], 2, 0.1);
    expectTargetsMatch([2, 0, 1], 3, 0.2);
    expectTargetsMatch([1], 4, 0.5);
  });

  check('smoothed targets sum to 1', () => {
    checkProperty(labelsAndSmoothing, ({ labels, numClasses, epsilon }) => {
      const context = aboutTargets(labels, numClasses, epsilon);
      const received = callLearner('smoothLabels', smoothLabels, [labels, numClasses, epsilon]);
      expectMatrix(received, labels.length, numClasses, context);
      received.forEach((row, n) => {
        const total = row.reduce((sum, q) => sum + q, 0);
        expectClose(total, 1, {
          ...context,
          quantity: `the sum of row [${n}]`,
          hint: 'Each row is a probability distribution over the classes.',
          tolerance: TOLERANCES.identity,
        });
      });
    });
  });

  check('ε = 0 gives one-hot targets', () => {
    expectTargetsMatch([1, 0], 3, 0, 'Without smoothing the targets are the plain one-hot rows.');
  });

  check('ε = 1 gives uniform targets', () => {
    expectTargetsMatch([0, 2], 4, 1, 'With ε = 1 the label carries no information at all.');
  });

  check('ε = 0 gives plain cross-entropy', () => {
    expectLossMatches(SMALL_BATCH, [0, 2], 0, {
      hint: 'Without smoothing this is the ordinary mean cross-entropy.',
    });
  });

  check('matches PyTorch with label_smoothing = 0.1', () => {
    expectLossMatches(SMALL_BATCH, [0, 2], 0.1);
    expectLossMatches([[0.3, -0.2, 1.1, 0.4]], [3], 0.1);
  });

  check('averages over the batch', () => {
    const row = [1.2, -0.4, 0.7];
    expectLossMatches([row, row, row], [1, 1, 1], 0.2, {
      hint: 'This batch holds the same example three times; its loss equals that of a batch of one.',
    });
  });

  check('one class gives zero loss', () => {
    expectLossMatches([[2], [-1]], [0, 0], 0.1, {
      hint: 'With a single class every target puts all its weight on it, smoothed or not.',
    });
  });

  check('survives logits of 1000', () => {
    expectLossMatches([[1000, 999, -1000]], [1], 0.1, {
      hint: 'Large logits overflow Math.exp.',
    });
    expectLossMatches([[-1000, -999]], [0], 0.1, {
      hint: 'Very negative logits underflow Math.exp to 0, and log(0) is −∞.',
    });
  });

  check('matches the reference on random inputs', () => {
    const batchAndSmoothing = fc.record({ batch: labelledBatch(), epsilon: smoothing() });
    checkProperty(batchAndSmoothing, ({ batch, epsilon }) => {
      expectLossMatches(batch.logits, batch.labels, epsilon);
    });
  });

  check('does not modify its inputs', () => {
    expectInputsUnchanged(
      'smoothLabels',
      smoothLabels,
      [[2, 0], 3, 0.1],
      ['labels', 'numClasses', 'epsilon'],
    );
    const logits = [
      [3, 1, -2],
      [0.5, 0.5, 4],
    ];
    expectInputsUnchanged(
      'labelSmoothingCrossEntropy',
      labelSmoothingCrossEntropy,
      [logits, [0, 2], 0.1],
      ['logits', 'labels', 'epsilon'],
    );
  });
}).withProbes(PROBES);
