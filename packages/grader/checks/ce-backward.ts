import type * as Learner from '@exercise/ce-backward';
import { labelledBatch } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import {
  type CheckContext,
  callOf,
  expectClose,
  expectMatrix,
  failCheck,
} from './support/expect-close.ts';
import { formatNumber } from './support/feedback.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { TOLERANCES } from './support/tolerances.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** The inputs a failing gradient is diagnosed on (what each catalogued mistake returns there is in fingerprints/ce-backward.ts). */
const PROBES = {
  reference: { crossEntropyBackward: reference.crossEntropyBackward },
  calls: (
    [
      [[[1, 2, 3]], [1]],
      [
        [
          [1, 2, 3, 0],
          [0.5, -1, 0, 2],
        ],
        [2, 0],
      ],
      [
        [
          [0.2, 1.5],
          [-0.3, 0.8],
          [1, 1],
        ],
        [0, 1, 1],
      ],
      [[[0.4, -1.1, 2.3, 0.2, -0.6]], [3]],
      [
        [[5], [-3]],
        [0, 0],
      ],
      [[[1000, 999, -1000]], [1]],
      [[[1000, 999]], [0]],
      [[[-1000, -999]], [0]],
    ] satisfies [number[][], number[]][]
  ).map((args) => ({ fn: 'crossEntropyBackward', args })),
};

export default defineChecks('ce-backward', (learner: typeof Learner, { check, section }) => {
  const { crossEntropyBackward } = learner;

  const FORMULA = section('formula');
  const BATCH_MEAN = section('batchMean');
  const NAME = 'crossEntropyBackward';

  function about(
    logits: number[][],
    labels: number[],
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ) {
    return { what: NAME, input: [logits, labels], lesson, ...extra } satisfies CheckContext;
  }

  /** The learner's gradient, checked to have the shape of `logits`. */
  function gradientOf(logits: number[][], labels: number[], context: CheckContext): number[][] {
    const received = callLearner(NAME, crossEntropyBackward, [logits, labels]);
    expectMatrix(received, logits.length, logits[0]?.length ?? 0, context);
    return received;
  }

  function expectMatchesReference(
    logits: number[][],
    labels: number[],
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ) {
    const expected = reference.crossEntropyBackward(logits, labels);
    const received = callLearner(NAME, crossEntropyBackward, [logits, labels]);
    expectClose(received, expected, about(logits, labels, lesson, extra));
  }

  check('returns one gradient row per example and one entry per class', () => {
    const logits = [
      [1, 2, 3],
      [0, 0, 0],
    ];
    gradientOf(logits, [2, 0], about(logits, [2, 0], FORMULA));
  });

  check('a batch of one is p − y', () => {
    expectMatchesReference([[1, 2, 3]], [1], FORMULA);
    expectMatchesReference([[0.5, -0.5, 2, 0]], [3], FORMULA);
  });

  check('matches the reference on a small batch', () => {
    const logits = [
      [1, 2, 3, 0],
      [0.5, -1, 0, 2],
    ];
    expectMatchesReference(logits, [2, 0], FORMULA);
  });

  check('each gradient row sums to 0', () => {
    checkProperty(labelledBatch(), ({ logits, labels }) => {
      const gradient = gradientOf(logits, labels, about(logits, labels, FORMULA));
      gradient.forEach((row, n) => {
        const total = row.reduce((sum, g) => sum + g, 0);
        expectClose(total, 0, {
          ...about(logits, labels, FORMULA, { quantity: `the sum of gradient row [${n}]` }),
          tolerance: TOLERANCES.identity,
        });
      });
    });
  });

  check('the true class gets a negative gradient', () => {
    checkProperty(labelledBatch(), ({ logits, labels }) => {
      const context = about(logits, labels, FORMULA);
      const gradient = gradientOf(logits, labels, context);
      gradient.forEach((row, n) => {
        const label = labels[n] ?? 0;
        const g = row[label] ?? 0;
        if (g > 0) {
          failCheck(
            context,
            `${callOf(context)} returned a gradient whose row [${n}] at its true class ${label} is ${formatNumber(g)} > 0, so gradient descent would lower the probability of the right answer.`,
          );
        }
      });
    });
  });

  check('divides by the batch size', () => {
    const row = [0.2, 1.5, -0.3, 0.8];
    const logits = [row, row, row];
    expectMatchesReference(logits, [1, 1, 1], BATCH_MEAN, {
      hint: 'This batch holds the same example three times; compare with the gradient of a batch of one.',
    });
  });

  check('one class gives a zero gradient', () => {
    expectMatchesReference([[5], [-3]], [0, 0], FORMULA, {
      hint: 'With a single class its probability is always 1, so the loss cannot change.',
    });
  });

  check('survives logits of 1000', () => {
    expectMatchesReference([[1000, 999, -1000]], [1], FORMULA, {
      hint: 'Large logits overflow Math.exp.',
    });
    expectMatchesReference([[-1000, -999]], [0], FORMULA, {
      hint: 'Very negative logits underflow Math.exp to 0.',
    });
  });

  check('matches a finite-difference check', () => {
    checkProperty(
      labelledBatch(5),
      ({ logits, labels }) => {
        const columns = logits[0]?.length ?? 0;
        const loss = (flat: number[]) => reference.crossEntropy(reshape(flat, columns), labels);
        const numeric = reshape(reference.numericalGradient(loss, logits.flat()), columns);
        const received = callLearner(NAME, crossEntropyBackward, [logits, labels]);
        expectClose(received, numeric, {
          ...about(logits, labels, FORMULA, {
            hint: 'The expected values are slopes of the mean loss measured by nudging each logit.',
          }),
          tolerance: TOLERANCES.finiteDifference,
        });
      },
      { numRuns: 25 },
    );
  });

  check('matches the reference on random inputs', () => {
    checkProperty(labelledBatch(), ({ logits, labels }) => {
      expectMatchesReference(logits, labels, FORMULA);
    });
  });

  check('does not modify its inputs', () => {
    const logits = [
      [3, 1, -2],
      [0.5, 0.5, 4],
    ];
    expectInputsUnchanged(NAME, crossEntropyBackward, [logits, [0, 2]], ['logits', 'labels']);
  });

  function reshape(flat: number[], columns: number): number[][] {
    const rows: number[][] = [];
    for (let start = 0; start < flat.length; start += columns) {
      rows.push(flat.slice(start, start + columns));
    }
    return rows;
  }
}).withProbes(PROBES);
