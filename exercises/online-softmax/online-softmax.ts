/**
 * Lesson · Cross-entropy at scale (/lessons/at-scale/)
 *
 * A state { max, sum } summarises the values seen so far: their largest value and
 * sum = Σ e^{v − max}. The empty state is { max: -Infinity, sum: 0 }.
 */
export type LseState = { max: number; sum: number };

/** log Σ e^{v} of a stream of values, read once: max + ln(sum); −∞ for an empty stream. */
export function streamingLogSumExp(values: Iterable<number>): number {
  // TODO: implement streamingLogSumExp in one pass, stable for values like ±1e6.
  void values;
  throw new Error('TODO: implement streamingLogSumExp');
}

/** The state of the values of `a` and of `b` together; max is the larger of the two maxima. */
export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  // TODO: implement mergeLogSumExp and return a new state.
  void a;
  void b;
  throw new Error('TODO: implement mergeLogSumExp');
}
