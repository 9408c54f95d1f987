import type * as Learner from '@exercise/online-softmax';
import fc from 'fast-check';
import { streamValues } from './support/arbitraries.ts';
import { callLearner, callLearnerOn } from './support/call-learner.ts';
import { defineChecks } from './support/define-checks.ts';
import {
  type CheckContext,
  callOf,
  expectClose,
  expectNumber,
  failCheck,
} from './support/expect-close.ts';
import { formatValue } from './support/feedback.ts';
import { checkProperty } from './support/property.ts';
import { EMPTY_STATE, type LseState, reference } from './support/reference.ts';

/**
 * The length of the long stream: longer than the 100,000 entries an array argument may have, so that
 * only work in proportion to the length finishes in time, and short enough that a plain one-pass loop
 * answers inside the sandbox's one-second limit per call (0.3 to 0.7 s today: every global lookup
 * such as `Math.exp` is slow in the sandbox, so 1e6 values would take several seconds).
 */
const LONG_STREAM = 130_000;

const MINUS = Number.NEGATIVE_INFINITY;

/**
 * The calls a failing exercise is diagnosed on (what each catalogued mistake returns there is in
 * fingerprints/online-softmax.ts): streams passed as one-shot iterators, as the checks pass them,
 * and merges of states. Work that grows with the square of the length shows only in running time:
 * the check on 130,000 values catches it, and no probe can.
 */
const PROBES = {
  reference: {
    streamingLogSumExp: (values: Iterable<number>) => reference.logSumExp([...values]),
    mergeLogSumExp: reference.mergeLogSumExp,
  },
  calls: [
    ...(
      [
        [3, 1, -2, 5, 0.5, 4],
        [1, 2, 5],
        [2.5],
        [MINUS, 1, 2],
        [1e6, 1e6 - 5],
        [-1e6, -1e6 - 5],
      ] satisfies number[][]
    ).map((values) => ({ fn: 'streamingLogSumExp', args: [values], streams: [0] })),
    ...(
      [
        [reference.lseState([3, 1, -2]), reference.lseState([5, 0.5, 4])],
        [
          { max: 2, sum: 1.5 },
          { max: 3, sum: 1.25 },
        ],
        [EMPTY_STATE, EMPTY_STATE],
        [
          { max: -1e6, sum: 1.5 },
          { max: 1e6 - 1, sum: 1 },
        ],
      ] satisfies [LseState, LseState][]
    ).map((args) => ({ fn: 'mergeLogSumExp', args })),
  ],
};

export default defineChecks('online-softmax', (learner: typeof Learner, { check, section }) => {
  const { streamingLogSumExp, mergeLogSumExp } = learner;

  const ONLINE = section('online');
  const STABLE = section('stable');
  const STREAM = 'streamingLogSumExp';
  const MERGE = 'mergeLogSumExp';

  /** A one-shot iterator over `values` that counts how often it is asked for a value. */
  class OneShot implements IterableIterator<number> {
    readonly [Symbol.toStringTag] = 'one-shot iterator';
    nextCalls = 0;
    private index = 0;
    constructor(private readonly values: readonly number[]) {}
    [Symbol.iterator](): IterableIterator<number> {
      return this;
    }
    next(): IteratorResult<number> {
      this.nextCalls++;
      if (this.index >= this.values.length) return { done: true, value: undefined };
      return { done: false, value: this.values[this.index++] as number };
    }
  }

  function aboutStream(
    values: readonly number[],
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ) {
    return { what: STREAM, input: [values], lesson, ...extra } satisfies CheckContext;
  }

  /**
   * The learner's streaming LSE of `values`, passed as a one-shot iterator (called directly:
   * structuredClone cannot copy an iterator), and how many values it asked for.
   */
  function streamOf(values: readonly number[], context: CheckContext) {
    const stream = new OneShot(values);
    const received = callLearnerOn(STREAM, streamingLogSumExp, [stream]);
    expectNumber(received, context);
    return { received, nextCalls: stream.nextCalls };
  }

  function expectStreamMatches(
    values: readonly number[],
    lesson: CheckContext['lesson'],
    hint?: string,
  ) {
    const context = aboutStream(values, lesson, hint ? { hint } : {});
    const { received } = streamOf(values, context);
    expectClose(received, reference.logSumExp([...values]), context);
  }

  function aboutMerge(
    a: LseState,
    b: LseState,
    lesson: CheckContext['lesson'],
    extra: Partial<CheckContext> = {},
  ) {
    return { what: MERGE, input: [a, b], lesson, ...extra } satisfies CheckContext;
  }

  /** The learner's merge of `a` and `b`, checked to be a state `{ max, sum }` of two numbers. */
  function mergedOf(a: LseState, b: LseState, context: CheckContext): LseState {
    const received = callLearner(MERGE, mergeLogSumExp, [a, b]) as unknown;
    const state = received as Partial<Record<'max' | 'sum', unknown>> | null;
    if (
      typeof state !== 'object' ||
      state === null ||
      typeof state.max !== 'number' ||
      typeof state.sum !== 'number'
    ) {
      failCheck(
        context,
        `${callOf(context)} returned ${formatValue(received)}; expected a state { max, sum } of two numbers.`,
      );
    }
    return { max: state.max, sum: state.sum };
  }

  function expectMergeMatches(
    a: LseState,
    b: LseState,
    lesson: CheckContext['lesson'],
    hint?: string,
  ) {
    const context = aboutMerge(a, b, lesson, hint ? { hint } : {});
    const received = mergedOf(a, b, context);
    const expected = reference.mergeLogSumExp(a, b);
    expectClose(received.max, expected.max, { ...context, quantity: 'the max of the result' });
    expectClose(received.sum, expected.sum, { ...context, quantity: 'the sum of the result' });
  }

  check('returns the log-sum-exp of a short stream', () => {
    expectStreamMatches([3, 1, -2, 5, 0.5, 4], ONLINE);
    expectStreamMatches([0, 0], ONLINE);
  });

  check('a single value is its own log-sum-exp', () => {
    expectStreamMatches([2.5], ONLINE);
    expectStreamMatches([-7], ONLINE);
  });

  check('the maximum may arrive first, last or in between', () => {
    const hint =
      'The sum you have kept so far is measured against the maximum seen so far; when that maximum changes, so must the sum.';
    for (const values of [
      [5, 1, 2],
      [1, 2, 5],
      [2, 5, 1],
      [-3, -1, 0, 2, 4],
    ]) {
      expectStreamMatches(values, ONLINE, hint);
    }
  });

  check('reads the stream only once', () => {
    const values = [4, -1, 2.5, 0, 3];
    const context = aboutStream(values, ONLINE, {
      hint: 'The values were passed as a one-shot iterator, like a stream that cannot be rewound: after one pass it is empty.',
    });
    const { received, nextCalls } = streamOf(values, context);
    if (nextCalls > values.length + 1) {
      failCheck(
        context,
        `${STREAM} asked the iterator for a value ${nextCalls} times for a stream of ${values.length} values; one pass asks at most ${values.length + 1} times.`,
      );
    }
    expectClose(received, reference.logSumExp(values), context);
  });

  check('an empty stream gives −∞', () => {
    expectStreamMatches([], ONLINE, 'The log of an empty sum is the log of 0.');
  });

  check('a stream of only −∞ gives −∞, not NaN', () => {
    const hint = 'A value of −∞ adds e^{−∞} = 0 to the sum. What is −∞ − (−∞)?';
    expectStreamMatches([Number.NEGATIVE_INFINITY], ONLINE, hint);
    expectStreamMatches([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY], ONLINE, hint);
  });

  check('−∞ values add nothing', () => {
    const minus = Number.NEGATIVE_INFINITY;
    const hint = 'A value of −∞ adds e^{−∞} = 0 to the sum, even when it comes first.';
    expectStreamMatches([minus, 1, 2], ONLINE, hint);
    expectStreamMatches([1, minus, 0.5, minus], ONLINE, hint);
  });

  check('survives values of 1e6', () => {
    const hint = 'Math.exp overflows to Infinity above about 709.78.';
    expectStreamMatches([1e6, 1e6 - 5], STABLE, hint);
    expectStreamMatches([3, 1e6, -1e6], STABLE, hint);
  });

  check('survives values of −1e6', () => {
    const hint = 'Math.exp underflows to 0 below about −745, for every value at once.';
    expectStreamMatches([-1e6, -1e6 - 5], STABLE, hint);
    expectStreamMatches([-1e6 - 1, -1e6, -1e6 + 2], STABLE, hint);
  });

  check('matches the reference on random streams', () => {
    checkProperty(streamValues(), (values) => expectStreamMatches(values, ONLINE));
  });

  check('merging two chunks gives the state of the whole', () => {
    const hint = 'Each sum is measured against its own maximum; bring both to the same one first.';
    expectMergeMatches(
      reference.lseState([3, 1, -2]),
      reference.lseState([5, 0.5, 4]),
      ONLINE,
      hint,
    );
    expectMergeMatches(reference.lseState([7, 6]), reference.lseState([1]), ONLINE, hint);
  });

  check('merging with the empty state changes nothing', () => {
    const state = reference.lseState([2, -1, 0.5]);
    const hint = 'The empty state stands for no values at all.';
    expectMergeMatches(state, EMPTY_STATE, ONLINE, hint);
    expectMergeMatches(EMPTY_STATE, state, ONLINE, hint);
  });

  check('two empty states merge to the empty state, not NaN', () => {
    expectMergeMatches(EMPTY_STATE, EMPTY_STATE, ONLINE, 'What is −∞ − (−∞)?');
  });

  check('merges states whose maxima are 1e6 apart', () => {
    const hint = 'Math.exp overflows to Infinity above about 709.78.';
    expectMergeMatches({ max: 1e6, sum: 2 }, { max: -1e6, sum: 3 }, STABLE, hint);
    expectMergeMatches({ max: -1e6, sum: 1.5 }, { max: 1e6 - 1, sum: 1 }, STABLE, hint);
  });

  const chunkPair = fc.record({
    left: fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }),
    right: fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }),
  });

  check('matches the reference on random chunks', () => {
    checkProperty(chunkPair, ({ left, right }) => {
      expectMergeMatches(reference.lseState(left), reference.lseState(right), ONLINE);
    });
  });

  check('merged states give the log-sum-exp of every value', () => {
    checkProperty(chunkPair, ({ left, right }) => {
      const [a, b] = [reference.lseState(left), reference.lseState(right)];
      const context = aboutMerge(a, b, ONLINE, {
        quantity: 'max + ln(sum) of the result',
        hint: `The two states summarise the values ${formatValue(left)} and ${formatValue(right)}.`,
      });
      const merged = mergedOf(a, b, context);
      expectClose(
        merged.max + Math.log(merged.sum),
        reference.logSumExp([...left, ...right]),
        context,
      );
    });
  });

  check('does not modify its inputs', () => {
    const [a, b] = [
      { max: 2, sum: 1.5 },
      { max: 3, sum: 1.25 },
    ];
    const args: [LseState, LseState] = [a, b];
    const before = structuredClone(args);
    callLearnerOn(MERGE, mergeLogSumExp, args);
    args.forEach((after, i) => {
      const original = before[i] as LseState;
      if (Object.is(after.max, original.max) && Object.is(after.sum, original.sum)) return;
      const argument = i === 0 ? 'a' : 'b';
      throw new Error(
        [
          `${MERGE} changed its argument ${argument}: it was ${formatValue(original)} before the call and ${formatValue(after)} after it.`,
          `${MERGE} should only read ${argument}: the caller may still merge that state with another one.`,
        ].join('\n'),
      );
    });
  });

  // Last: a one-pass loop answers in well under the sandbox's limit, but a call that runs over it
  // stops every later call of the exercise.
  check('handles a stream of 130,000 values', () => {
    // The lesson's six values, 130,000 / 6 times over (with a rising maximum in each round):
    // the answer is LSE(pattern) + ln(rounds), exactly, with no long array to build.
    const pattern = [3, 1, -2, 5, 0.5, 4];
    const rounds = Math.ceil(LONG_STREAM / pattern.length);
    function* values(): Generator<number> {
      for (let round = 0; round < rounds; round++) yield* pattern;
    }
    const received = callLearnerOn(STREAM, streamingLogSumExp, [values()]);
    const context = aboutStream(pattern, ONLINE, {
      quantity: `the log-sum-exp of ${rounds * pattern.length} values (the six shown, ${rounds} times over)`,
      hint: 'The values come one at a time; work that grows faster than the length of the stream does not finish.',
    });
    expectNumber(received, context);
    expectClose(received, reference.logSumExp(pattern) + Math.log(rounds), context);
  });
}).withProbes(PROBES);
