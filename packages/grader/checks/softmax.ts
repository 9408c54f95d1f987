import type * as Learner from '@exercise/softmax';
import fc from 'fast-check';
import { logitVector } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import {
  type CheckContext,
  callOf,
  expectClose,
  expectVector,
  failCheck,
} from './support/expect-close.ts';
import { formatDistinct, formatNumber } from './support/feedback.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { TOLERANCES } from './support/tolerances.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** The inputs a failing softmax is diagnosed on (what each catalogued mistake returns there is in fingerprints/softmax.ts). */
const PROBES = {
  reference: { softmax: reference.softmax },
  calls: [
    [1, 2, 3],
    [0.5, -1, 2, 0],
    [2, 2, 2],
    [3.5],
    [0, -50],
    [1000, 999],
    [1000, 0, -1000],
    [-1000, -999],
    [Number.NEGATIVE_INFINITY, 0, 1],
  ].map((logits) => ({ fn: 'softmax', args: [logits] })),
};

export default defineChecks('softmax', (learner: typeof Learner, { check, section }) => {
  const { softmax } = learner;

  const OVERFLOW = section('overflow');
  const PROPERTIES = section('properties');

  /** The learner's softmax, called on a copy of `logits`, checked to return one number per logit. */
  function probabilitiesOf(logits: number[], context: CheckContext): number[] {
    const received = callLearner('softmax', softmax, [logits]);
    expectVector(received, logits.length, context);
    return received;
  }

  function about(
    logits: number[],
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ) {
    return { what: 'softmax', input: [logits], lesson, ...extra } satisfies CheckContext;
  }

  function expectMatchesReference(logits: number[], lesson: CheckContext['lesson'], hint?: string) {
    const expected = reference.softmax(logits);
    const received = callLearner('softmax', softmax, [logits]);
    expectClose(received, expected, about(logits, lesson, hint ? { hint } : {}));
  }

  check('returns one probability per logit', () => {
    probabilitiesOf([0.5, -1, 2, 3], about([0.5, -1, 2, 3], PROPERTIES));
  });

  check('matches the reference on small logits', () => {
    for (const logits of [
      [1, 2, 3],
      [0, Math.log(3)],
      [-1, -0.5, 0, 0.5],
    ]) {
      expectMatchesReference(logits, PROPERTIES);
    }
  });

  check('probabilities sum to 1', () => {
    checkProperty(logitVector(), (logits) => {
      const probabilities = probabilitiesOf(logits, about(logits, PROPERTIES));
      const total = probabilities.reduce((sum, p) => sum + p, 0);
      expectClose(total, 1, {
        ...about(logits, PROPERTIES, { quantity: 'the sum of the probabilities' }),
        tolerance: TOLERANCES.identity,
      });
    });
  });

  check('every probability lies between 0 and 1', () => {
    checkProperty(logitVector(), (logits) => {
      const context = about(logits, PROPERTIES);
      const probabilities = probabilitiesOf(logits, context);
      probabilities.forEach((p, i) => {
        if (!(p >= 0 && p <= 1)) {
          failCheck(
            context,
            `${callOf(context)} returned ${formatNumber(p)} at index ${i}, outside [0, 1].`,
          );
        }
      });
    });
  });

  /** Logits on a grid of quarters, so that a shrunk counterexample is easy to read. */
  const gridLogits = fc.array(
    fc.integer({ min: -80, max: 80 }).map((k) => k / 4),
    { minLength: 1, maxLength: 10 },
  );

  check('larger logits get larger probabilities', () => {
    checkProperty(gridLogits, (logits) => {
      const context = about(logits, PROPERTIES);
      const probabilities = probabilitiesOf(logits, context);
      logits.forEach((zi, i) => {
        logits.forEach((zj, j) => {
          const [pi, pj] = [probabilities[i] ?? 0, probabilities[j] ?? 0];
          if (zi > zj && pi < pj) {
            const [shownI, shownJ] = formatDistinct(pi, pj);
            failCheck(
              context,
              `In ${callOf(context)}, logit [${i}] = ${formatNumber(zi)} is larger than logit [${j}] = ${formatNumber(zj)}, yet its probability ${shownI} is smaller than ${shownJ}.`,
            );
          }
        });
      });
    });
  });

  check('equal logits give equal probabilities', () => {
    expectMatchesReference([2, 2, 2, 2], PROPERTIES);
  });

  check('a single logit gets probability 1', () => {
    expectMatchesReference([3.5], PROPERTIES);
  });

  check('adding a constant to every logit changes nothing', () => {
    const shifted = fc.record({
      logits: logitVector(),
      shift: fc.double({ min: -30, max: 30, noNaN: true }),
    });
    checkProperty(shifted, ({ logits, shift }) => {
      const moved = logits.map((z) => z + shift);
      const received = callLearner('softmax', softmax, [moved]);
      expectClose(received, reference.softmax(logits), {
        ...about(moved, PROPERTIES),
        hint: `These are the logits ${formatNumber(shift)} apart from another input, which must give the same probabilities.`,
      });
    });
  });

  const EXTREME_LOGITS = [
    {
      name: 'survives logits of 1000',
      cases: [
        [1000, 999],
        [1000, 0, -1000],
      ],
      hint: 'Large logits overflow Math.exp.',
    },
    {
      name: 'survives logits of −1000',
      cases: [
        [-1000, -999],
        [-1000, -1001, -1002],
      ],
      hint: 'Very negative logits underflow Math.exp to 0, for every entry at once.',
    },
  ];

  for (const { name, cases, hint } of EXTREME_LOGITS) {
    check(name, () => {
      for (const logits of cases) expectMatchesReference(logits, OVERFLOW, hint);
    });
  }

  check('a −∞ logit gets probability 0', () => {
    for (const logits of [
      [Number.NEGATIVE_INFINITY, 0, 1],
      [0, Number.NEGATIVE_INFINITY],
    ]) {
      expectMatchesReference(logits, OVERFLOW, 'A logit of −∞ marks a class as impossible.');
    }
  });

  check('does not modify its input', () => {
    expectInputsUnchanged('softmax', softmax, [[3, 1, -2, 0.5]], ['logits']);
  });

  check('matches the reference on random inputs', () => {
    checkProperty(logitVector(12, 100), (logits) => {
      expectMatchesReference(logits, PROPERTIES);
    });
  });
}).withProbes(PROBES);
