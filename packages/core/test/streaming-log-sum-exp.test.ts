import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type LseState,
  logSumExp,
  logSumExpState,
  lseOf,
  mergeLogSumExp,
  streamingLogSumExp,
} from '../src/index.ts';
import { expectClose } from './support/expect-close.ts';

// The streaming and merged log-sum-exp against the two-pass logSumExp (itself checked against
// torch.logsumexp in golden.test.ts), and their edge cases from the online-softmax contract.
const EMPTY: LseState = { max: Number.NEGATIVE_INFINITY, sum: 0 };
const NEAR = { rel: 1e-13, abs: 1e-13 };

/** A one-shot iterator over `values`: a second pass would see nothing. */
function* once(values: number[]): Generator<number> {
  yield* values;
}

describe('streamingLogSumExp', () => {
  test.each([
    ['empty stream', [], Number.NEGATIVE_INFINITY],
    [
      'only −Infinity',
      [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
      Number.NEGATIVE_INFINITY,
    ],
    ['two zeros', [0, 0], Math.log(2)],
    [
      '−Infinity among values',
      [Number.NEGATIVE_INFINITY, 0, Number.NEGATIVE_INFINITY, 0],
      Math.log(2),
    ],
    ['±1e6', [1e6, 1e6 - 5], 1e6 + Math.log1p(Math.exp(-5))],
    ['−1e6', [-1e6, -1e6], -1e6 + Math.log(2)],
    ['growing maximum', [-3, -2, -1, 0, 1, 2, 3], logSumExp([-3, -2, -1, 0, 1, 2, 3])],
    ['+Infinity', [0, Number.POSITIVE_INFINITY, 1], Number.POSITIVE_INFINITY],
    ['NaN propagates', [0, Number.NaN], Number.NaN],
  ])('%s', (_, values, want) => {
    expectClose(streamingLogSumExp(once(values)), want, NEAR);
  });
  test('reads the iterable once and agrees with logSumExp on random values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 40 }),
        (values) => {
          expectClose(streamingLogSumExp(once(values)), logSumExp(values), NEAR);
        },
      ),
    );
  });
  test('keeps O(1) state over a long lazy stream', () => {
    function* ramp(n: number) {
      for (let i = 0; i < n; i++) yield (i % 1000) / 100;
    }
    const n = 1_000_000;
    const want = Math.log(n / 1000) + logSumExp(Array.from({ length: 1000 }, (_, i) => i / 100));
    expectClose(streamingLogSumExp(ramp(n)), want, { rel: 1e-12, abs: 0 });
  });
});

describe('mergeLogSumExp', () => {
  test.each([
    ['empty with empty', EMPTY, EMPTY, EMPTY],
    ['empty with a state', EMPTY, { max: 2, sum: 1.5 }, { max: 2, sum: 1.5 }],
    ['a state with empty', { max: -1, sum: 3 }, EMPTY, { max: -1, sum: 3 }],
    ['equal maxima add', { max: 1, sum: 1 }, { max: 1, sum: 2 }, { max: 1, sum: 3 }],
    [
      'the larger maximum wins',
      { max: 0, sum: 1 },
      { max: 1, sum: 1 },
      { max: 1, sum: 1 + Math.exp(-1) },
    ],
    [
      'order does not matter',
      { max: 1, sum: 1 },
      { max: 0, sum: 1 },
      { max: 1, sum: 1 + Math.exp(-1) },
    ],
  ])('%s', (_, a, b, want) => {
    const merged = mergeLogSumExp(a, b);
    expect(merged.max).toBe(want.max);
    expectClose(merged.sum, want.sum, NEAR);
  });
  test('merging the states of two halves gives the state of the whole', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 20 });
    fc.assert(
      fc.property(values, values, (left, right) => {
        const merged = mergeLogSumExp(logSumExpState(left), logSumExpState(right));
        expectClose(lseOf(merged), logSumExp([...left, ...right]), NEAR);
      }),
    );
  });
  test('leaves its inputs unchanged', () => {
    const a = { max: 0, sum: 1 };
    const b = { max: 1, sum: 2 };
    mergeLogSumExp(a, b);
    expect([a, b]).toEqual([
      { max: 0, sum: 1 },
      { max: 1, sum: 2 },
    ]);
  });
});

describe('lseOf', () => {
  test.each([
    ['the empty state', EMPTY, Number.NEGATIVE_INFINITY],
    ['one value', { max: 5, sum: 1 }, 5],
    ['two equal values', { max: 0, sum: 2 }, Math.log(2)],
  ])('%s', (_, state, want) => {
    expectClose(lseOf(state), want, NEAR);
  });
  test('logSumExpState of [0, 0]', () => {
    expect(logSumExpState([0, 0])).toEqual({ max: 0, sum: 2 });
  });
});
