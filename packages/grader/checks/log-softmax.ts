import type * as Learner from '@exercise/log-softmax';
import fc from 'fast-check';
import { logitVector, maskedLogitVector } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import {
  type CheckContext,
  callOf,
  expectClose,
  expectVector,
  failCheck,
} from './support/expect-close.ts';
import { formatNumber } from './support/feedback.ts';
import { checkProperty } from './support/property.ts';
import { reference } from './support/reference.ts';
import { TOLERANCES } from './support/tolerances.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** The inputs a failing exercise is diagnosed on (what each catalogued mistake returns there is in fingerprints/log-softmax.ts). */
const PROBES = {
  reference: { logSumExp: reference.logSumExp, logSoftmax: reference.logSoftmax },
  calls: [
    { fn: 'logSumExp', args: [[3, 1, -2]] },
    { fn: 'logSumExp', args: [[1000, 999]] },
    { fn: 'logSumExp', args: [[0, -1000]] },
    { fn: 'logSumExp', args: [[2, Number.NEGATIVE_INFINITY]] },
    { fn: 'logSumExp', args: [[Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]] },
    { fn: 'logSoftmax', args: [[1, 2, 3]] },
    { fn: 'logSoftmax', args: [[0.5, -1.5, 2, 0]] },
    { fn: 'logSoftmax', args: [[0, -1000]] },
    { fn: 'logSoftmax', args: [[1000, 999]] },
    { fn: 'logSoftmax', args: [[0, Number.NEGATIVE_INFINITY]] },
  ],
};

export default defineChecks('log-softmax', (learner: typeof Learner, { check, section }) => {
  const { logSumExp, logSoftmax } = learner;

  const PROBLEM = section('problem');
  const LSE = section('lse');
  const MASKING = section('masking');
  const PRECISION = section('precision');

  const NEG_INF = Number.NEGATIVE_INFINITY;

  function about(
    what: 'logSumExp' | 'logSoftmax',
    values: number[],
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ) {
    return { what, input: [values], lesson, ...extra } satisfies CheckContext;
  }

  function expectLseMatches(values: number[], lesson: CheckContext['lesson'], hint?: string) {
    const received = callLearner('logSumExp', logSumExp, [values]);
    expectClose(
      received,
      reference.logSumExp(values),
      about('logSumExp', values, lesson, hint ? { hint } : {}),
    );
  }

  function expectLogSoftmaxMatches(
    logits: number[],
    lesson: CheckContext['lesson'],
    hint?: string,
  ) {
    const received = callLearner('logSoftmax', logSoftmax, [logits]);
    expectClose(
      received,
      reference.logSoftmax(logits),
      about('logSoftmax', logits, lesson, hint ? { hint } : {}),
    );
  }

  check('logSumExp matches the reference on small values', () => {
    for (const values of [[3, 1, -2], [0, 0], [5], [-1, -2, -3, -4]]) {
      expectLseMatches(values, LSE);
    }
  });

  check('logSumExp lies between the maximum and the maximum plus ln K', () => {
    checkProperty(logitVector(10, 50), (values) => {
      const context = about('logSumExp', values, LSE);
      const received = callLearner('logSumExp', logSumExp, [values]);
      const max = Math.max(...values);
      const slack = 1e-12 + TOLERANCES.value.scale * Math.abs(max);
      if (
        typeof received !== 'number' ||
        !(received >= max - slack && received <= max + Math.log(values.length) + slack)
      ) {
        failCheck(
          context,
          `${callOf(context)} returned ${formatNumber(received as number)}, outside [${formatNumber(max)}, ${formatNumber(max)} + ln ${values.length}]: the sum holds e^max and at most ${values.length} terms no larger.`,
        );
      }
    });
  });

  check('logSumExp survives values of ±1000', () => {
    for (const values of [
      [1000, 999],
      [1000, 0, -1000],
      [-1000, -1001, -1002],
    ]) {
      expectLseMatches(
        values,
        LSE,
        'Math.exp overflows above about 709.8 and underflows to 0 below about −745.1.',
      );
    }
  });

  check('logSumExp is exact for values like ±1e6', () => {
    for (const values of [
      [1e6, 1e6 - 5],
      [-1e6, -1e6 + 1, -1e6 - 2],
      [1e6, -1e6],
    ]) {
      expectLseMatches(values, PRECISION);
    }
  });

  check('logSumExp skips −∞ entries', () => {
    for (const values of [
      [NEG_INF, 0, Math.log(3)],
      [2, NEG_INF],
    ]) {
      expectLseMatches(values, MASKING, 'e^−∞ is 0: a masked entry adds nothing to the sum.');
    }
  });

  check('logSumExp of only −∞ values is −∞', () => {
    for (const values of [[NEG_INF, NEG_INF], [NEG_INF]]) {
      expectLseMatches(
        values,
        MASKING,
        'The sum of no positive terms is 0, and ln 0 is −∞. What does your shift do when the maximum itself is −∞?',
      );
    }
  });

  check('logSoftmax returns one log-probability per logit', () => {
    const logits = [0.5, -1, 2, 3];
    const received = callLearner('logSoftmax', logSoftmax, [logits]);
    expectVector(received, logits.length, about('logSoftmax', logits, LSE));
  });

  check('logSoftmax matches the reference on small logits', () => {
    for (const logits of [
      [3, 1, -2],
      [0, 0],
      [-1, -0.5, 0, 0.5],
    ]) {
      expectLogSoftmaxMatches(logits, LSE);
    }
  });

  check('a single logit has log-probability 0', () => {
    for (const logits of [[7], [-3.5], [1e6]]) expectLogSoftmaxMatches(logits, LSE);
  });

  check('the probabilities of logSoftmax sum to 1', () => {
    checkProperty(logitVector(), (logits) => {
      const received = callLearner('logSoftmax', logSoftmax, [logits]);
      const context = about('logSoftmax', logits, LSE, {
        quantity: 'the sum of the exponentials of the result',
      });
      expectVector(received, logits.length, context);
      const total = received.reduce((sum, lp) => sum + Math.exp(lp), 0);
      expectClose(total, 1, { ...context, tolerance: TOLERANCES.identity });
    });
  });

  check('logSoftmax of a gap of 1000 is about −1000, never −∞', () => {
    for (const logits of [
      [0, -1000],
      [1000, 0],
      [0, -800, 5],
    ]) {
      expectLogSoftmaxMatches(
        logits,
        PROBLEM,
        'A probability of e^−1000 rounds to 0 in float64, yet its logarithm is an ordinary number.',
      );
    }
  });

  check('logSoftmax is exact for logits like ±1e6', () => {
    for (const logits of [
      [1e6, 1e6 - 5],
      [-1e6, -1e6 + 1, -1e6 - 2],
    ]) {
      expectLogSoftmaxMatches(logits, PRECISION);
    }
  });

  check('a −∞ logit gets log-probability −∞', () => {
    for (const logits of [
      [2, NEG_INF, 1],
      [NEG_INF, 0],
    ]) {
      expectLogSoftmaxMatches(logits, MASKING, 'A logit of −∞ marks a class as impossible.');
    }
  });

  check('adding a constant to every logit changes nothing', () => {
    const shifted = fc.record({
      logits: logitVector(),
      shift: fc.double({ min: -30, max: 30, noNaN: true }),
    });
    checkProperty(shifted, ({ logits, shift }) => {
      const moved = logits.map((z) => z + shift);
      const received = callLearner('logSoftmax', logSoftmax, [moved]);
      expectClose(received, reference.logSoftmax(logits), {
        ...about('logSoftmax', moved, LSE),
        hint: `These are the logits ${formatNumber(shift)} apart from another input, which must give the same log-probabilities.`,
      });
    });
  });

  check('matches the reference on random inputs', () => {
    checkProperty(maskedLogitVector(12, 100), (values) => {
      expectLseMatches(values, LSE);
      expectLogSoftmaxMatches(values, LSE);
    });
  });

  check('does not modify its input', () => {
    expectInputsUnchanged('logSumExp', logSumExp, [[3, 1, -2, 0.5]], ['values']);
    expectInputsUnchanged('logSoftmax', logSoftmax, [[3, 1, -2, 0.5]], ['logits']);
  });
}).withProbes(PROBES);
