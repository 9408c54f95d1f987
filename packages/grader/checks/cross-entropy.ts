import type * as Learner from '@exercise/cross-entropy';
import { labelledBatch } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import { type CheckContext, expectClose, expectNumber } from './support/expect-close.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** Sixteen examples that each cost about 50 nats: their probabilities multiply to about e^−800, below the smallest float64. */
const LONG_BATCH: [number[][], number[]] = [
  Array.from({ length: 16 }, () => [0, -50]),
  Array.from({ length: 16 }, () => 1),
];

/** The inputs a failing exercise is diagnosed on (what each catalogued mistake returns there is in fingerprints/cross-entropy.ts). */
const PROBES = {
  reference: { crossEntropy: reference.crossEntropy, perplexity: reference.perplexity },
  calls: [
    { fn: 'crossEntropy', args: [[[1, 2, 3]], [1]] },
    {
      fn: 'crossEntropy',
      args: [
        [
          [1, 2, 3, 0],
          [0.5, -1, 0, 2],
        ],
        [2, 0],
      ],
    },
    { fn: 'crossEntropy', args: [[[1000, 999]], [0]] },
    { fn: 'crossEntropy', args: [[[0, -1000]], [1]] },
    { fn: 'perplexity', args: [[[0, 0, 0, 0]], [2]] },
    {
      fn: 'perplexity',
      args: [
        [
          [1, 2, 3],
          [0, 0, -1],
        ],
        [0, 2],
      ],
    },
    { fn: 'perplexity', args: LONG_BATCH },
  ],
};

export default defineChecks('cross-entropy', (learner: typeof Learner, { check, section }) => {
  const { crossEntropy, perplexity } = learner;

  const ONE_EXAMPLE = section('oneExample');
  const BATCH = section('batch');
  const GROWTH = section('growth');
  const PERPLEXITY = section('perplexity');

  type Name = 'crossEntropy' | 'perplexity';

  function about(
    what: Name,
    logits: number[][],
    labels: number[],
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ) {
    return { what, input: [logits, labels], lesson, ...extra } satisfies CheckContext;
  }

  function learnerValue(what: Name, logits: number[][], labels: number[]): unknown {
    const fn = what === 'crossEntropy' ? crossEntropy : perplexity;
    return callLearner(what, fn, [logits, labels]);
  }

  function expectMatchesReference(
    what: Name,
    logits: number[][],
    labels: number[],
    lesson: CheckContext['lesson'],
    hint?: string,
  ) {
    const expected =
      what === 'crossEntropy'
        ? reference.crossEntropy(logits, labels)
        : reference.perplexity(logits, labels);
    expectClose(
      learnerValue(what, logits, labels),
      expected,
      about(what, logits, labels, lesson, hint ? { hint } : {}),
    );
  }

  /** The lesson's worked example: four rows of three classes. */
  const WORKED = {
    logits: [
      [2, 1, 0.1],
      [0.5, 2.5, -1],
      [1, 1, 1],
      [3, -1, 0],
    ],
    labels: [0, 1, 2, 1],
  };

  check('returns one number for the whole batch', () => {
    const { logits, labels } = WORKED;
    expectNumber(
      learnerValue('crossEntropy', logits, labels),
      about('crossEntropy', logits, labels, BATCH),
    );
  });

  check('matches the reference on one example', () => {
    expectMatchesReference('crossEntropy', [[2, 1, 0.1]], [0], ONE_EXAMPLE);
    expectMatchesReference('crossEntropy', [[0, 0]], [1], ONE_EXAMPLE);
    expectMatchesReference('crossEntropy', [[0.5, -0.5, 2, 0]], [3], ONE_EXAMPLE);
  });

  check('takes the mean over the batch', () => {
    const row = [0.2, 1.5, -0.3, 0.8];
    expectMatchesReference(
      'crossEntropy',
      [row, row, row],
      [1, 1, 1],
      BATCH,
      'This batch holds the same example three times; compare with the loss of a batch of one.',
    );
  });

  check('matches the reference on a small batch', () => {
    expectMatchesReference('crossEntropy', WORKED.logits, WORKED.labels, BATCH);
  });

  check('one class costs nothing', () => {
    expectMatchesReference(
      'crossEntropy',
      [[5], [-3]],
      [0, 0],
      ONE_EXAMPLE,
      'With a single class its probability is always 1.',
    );
  });

  check('survives logits of ±1000', () => {
    expectMatchesReference(
      'crossEntropy',
      [
        [1000, 999],
        [-1000, -999],
      ],
      [0, 1],
      ONE_EXAMPLE,
      'Math.exp overflows above about 709.8 and underflows to 0 below about −745.1.',
    );
  });

  check('a gap of 1000 against the label costs about 1000, never Infinity', () => {
    expectMatchesReference(
      'crossEntropy',
      [[0, -1000]],
      [1],
      GROWTH,
      'The probability e^−1000 rounds to 0 in float64, yet its logarithm is an ordinary number.',
    );
    expectMatchesReference('crossEntropy', [[1000, 0, 0]], [2], GROWTH);
  });

  check('is exact for logits like ±1e6', () => {
    expectMatchesReference('crossEntropy', [[1e6, 1e6 - 5]], [0], GROWTH);
    expectMatchesReference(
      'crossEntropy',
      [
        [-1e6, -1e6 + 1, -1e6 - 2],
        [1e6, 1e6, 1e6 - 1],
      ],
      [2, 1],
      GROWTH,
    );
  });

  check('matches the reference on random inputs', () => {
    checkProperty(labelledBatch(100), ({ logits, labels }) => {
      expectMatchesReference('crossEntropy', logits, labels, BATCH);
    });
  });

  check('perplexity of a model that knows nothing is the number of classes', () => {
    for (const classes of [2, 4, 10]) {
      const row = new Array<number>(classes).fill(0.5);
      expectClose(learnerValue('perplexity', [row, row], [0, classes - 1]), classes, {
        ...about('perplexity', [row, row], [0, classes - 1], PERPLEXITY),
        hint: 'A uniform model has the same loss on every example, in nats.',
      });
    }
  });

  check('perplexity is the exponential of the mean loss', () => {
    expectMatchesReference(
      'perplexity',
      WORKED.logits,
      WORKED.labels,
      PERPLEXITY,
      'Average first, then exponentiate: the order matters.',
    );
  });

  check('perplexity stays finite on a long batch', () => {
    const logits = new Array(400).fill(0).map(() => new Array<number>(10).fill(0));
    const labels = logits.map((_, n) => n % 10);
    expectMatchesReference(
      'perplexity',
      logits,
      labels,
      PERPLEXITY,
      'A product of 400 probabilities of 0.1 is 1e-400, below the smallest float64.',
    );
  });

  check('perplexity is Infinity when the loss is too large for exp', () => {
    expectMatchesReference('perplexity', [[0, -1000]], [1], PERPLEXITY);
  });

  check('perplexity matches the reference on random inputs', () => {
    checkProperty(labelledBatch(10), ({ logits, labels }) => {
      expectMatchesReference('perplexity', logits, labels, PERPLEXITY);
    });
  });

  check('does not modify its inputs', () => {
    const logits = () => [
      [3, 1, -2],
      [0.5, 0.5, 4],
    ];
    expectInputsUnchanged('crossEntropy', crossEntropy, [logits(), [0, 2]], ['logits', 'labels']);
    expectInputsUnchanged('perplexity', perplexity, [logits(), [0, 2]], ['logits', 'labels']);
  });
}).withProbes(PROBES);
