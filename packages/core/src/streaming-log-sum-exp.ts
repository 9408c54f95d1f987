import { describe } from './validate.ts';

/**
 * The running state of a log-sum-exp over values seen so far: their maximum m and
 * sum = Σ e^(v − m), so LSE = m + log sum. The empty state is { max: −Infinity, sum: 0 }.
 */
export type LseState = { max: number; sum: number };

/**
 * The state of `values` read once, in O(1) memory (online softmax, Milakov and Gimelshein 2018):
 * a new maximum v rescales the sum, sum′ = sum·e^(m − v) + 1; another value adds e^(v − m).
 * −Infinity values change nothing. Example: logSumExpState([0, 0]) = { max: 0, sum: 2 }.
 */
export function logSumExpState(values: Iterable<number>): LseState {
  return stateOf('logSumExpState', values);
}

/**
 * Log-sum-exp of a stream, LSE = m + log Σ e^(v − m), reading `values` once in O(1) memory; accurate
 * for values like ±1e6, −Infinity for an empty stream or one of −Infinity only.
 * Example: streamingLogSumExp([0, 0]) = log 2 ≈ 0.6931.
 */
export function streamingLogSumExp(values: Iterable<number>): number {
  const { max, sum } = stateOf('streamingLogSumExp', values);
  return sum === 0 ? Number.NEGATIVE_INFINITY : max + Math.log(sum);
}

/** The state of `values`, validated as they are read, errors naming `fn`. */
function stateOf(fn: string, values: Iterable<number>): LseState {
  if (values == null || typeof (values as Iterable<number>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`${fn}: values must be an iterable of numbers, got ${describe(values)}`);
  }
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  let i = 0;
  for (const v of values) {
    if (typeof v !== 'number') {
      throw new TypeError(`${fn}: values[${i}] = ${describe(v)} is not a number`);
    }
    i++;
    if (v === Number.NEGATIVE_INFINITY) continue;
    if (v > max) {
      sum = sum * Math.exp(max - v) + 1;
      max = v;
    } else if (v === max) {
      sum += 1;
    } else {
      sum += Math.exp(v - max);
    }
  }
  return { max, sum };
}

/**
 * The state of the values of `a` and `b` together: with m = max(a.max, b.max),
 * sum = a.sum·e^(a.max − m) + b.sum·e^(b.max − m). The empty state is its identity, and two empty
 * states give the empty state (no NaN). Example: mergeLogSumExp({ max: 0, sum: 1 }, { max: 1, sum: 1 })
 * = { max: 1, sum: 1 + e⁻¹ }.
 */
export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  checkState('mergeLogSumExp', 'a', a);
  checkState('mergeLogSumExp', 'b', b);
  if (a.max === b.max) return { max: a.max, sum: a.sum + b.sum };
  const [hi, lo] = a.max > b.max ? [a, b] : [b, a];
  return { max: hi.max, sum: hi.sum + lo.sum * Math.exp(lo.max - hi.max) };
}

/** The log-sum-exp a state stands for, max + log sum; −Infinity for the empty state. */
export function lseOf(state: LseState): number {
  checkState('lseOf', 'state', state);
  if (state.sum === 0) return Number.NEGATIVE_INFINITY;
  return state.max + Math.log(state.sum);
}

/** Throws unless `state` is { max: number; sum: number } with sum ≥ 0 (or NaN), and sum 0 when max is −Infinity. */
function checkState(fn: string, name: string, state: unknown): asserts state is LseState {
  const s = state as Partial<LseState> | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.max !== 'number' ||
    typeof s.sum !== 'number'
  ) {
    throw new TypeError(
      `${fn}: ${name} must be a state { max: number; sum: number }, got ${describe(state)}`,
    );
  }
  if (s.sum < 0) {
    throw new RangeError(`${fn}: ${name}.sum = ${s.sum} must be ≥ 0`);
  }
  if (s.max === Number.NEGATIVE_INFINITY && s.sum !== 0) {
    throw new RangeError(
      `${fn}: ${name} has max = -Infinity but sum = ${s.sum}; the empty state has sum 0`,
    );
  }
}
