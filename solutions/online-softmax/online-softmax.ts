/** What a stream of values has shown so far: its largest value and Σ e^{v − max} over the values. */
export type LseState = { max: number; sum: number };

/**
 * Cross-entropy at scale: log-sum-exp in one pass over a stream, LSE = max + ln Σ e^{v − max}.
 * Example: streamingLogSumExp([0, 0]) = ln 2 ≈ 0.6931; an empty stream gives −∞.
 */
export function streamingLogSumExp(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (const value of values) {
    // A value of −∞ adds e^{−∞} = 0; skipping it also avoids −∞ − (−∞) = NaN.
    if (value === Number.NEGATIVE_INFINITY) continue;
    if (value > max) {
      // A new maximum: the sum so far was measured against the old one, so rescale it.
      sum = sum * Math.exp(max - value) + 1;
      max = value;
    } else {
      sum += Math.exp(value - max);
    }
  }
  // The empty state (and a stream of only −∞) has sum 0, and max + ln 0 = −∞ + −∞ = −∞.
  return max + Math.log(sum);
}

/**
 * The state of two streams together: both sums are rescaled to the larger maximum m,
 * sum = a.sum·e^{a.max − m} + b.sum·e^{b.max − m}.
 * Example: merging { max: 0, sum: 1 } and { max: 0, sum: 1 } gives { max: 0, sum: 2 }.
 */
export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  const max = Math.max(a.max, b.max);
  // With both maxima −∞ there is nothing to add, and −∞ − (−∞) would be NaN.
  if (max === Number.NEGATIVE_INFINITY) return { max, sum: 0 };
  return { max, sum: a.sum * Math.exp(a.max - max) + b.sum * Math.exp(b.max - max) };
}
