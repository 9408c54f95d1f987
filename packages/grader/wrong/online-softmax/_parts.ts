/** What the wrong implementations of the online log-sum-exp get right, so that each file shows only its mistake. */

/** A running log-sum-exp: the largest value so far and Σ e^(v − max). */
export type LseState = { max: number; sum: number };

/** The online pass from a starting maximum: a new maximum rescales the sum, e.g. [0, 0] from −∞ → {0, 2}. */
export function stepFrom(startMax: number, values: Iterable<number>): LseState {
  let max = startMax;
  let sum = 0;
  for (const v of values) {
    if (v === Number.NEGATIVE_INFINITY) continue;
    if (v > max) {
      sum = sum * Math.exp(max - v) + 1;
      max = v;
    } else {
      sum += Math.exp(v - max);
    }
  }
  return { max, sum };
}

/** max + ln sum, or −∞ for a state that has seen no finite value. */
export function finish({ max, sum }: LseState): number {
  return sum === 0 ? Number.NEGATIVE_INFINITY : max + Math.log(sum);
}

/** The correct one-pass log Σ e^v: [0, 0] → ln 2; an empty stream → −∞. */
export function streamingLogSumExp(values: Iterable<number>): number {
  return finish(stepFrom(Number.NEGATIVE_INFINITY, values));
}

/** The correct merge: both sums rescaled to the larger maximum; two empty states give the empty state. */
export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  const max = Math.max(a.max, b.max);
  if (max === Number.NEGATIVE_INFINITY) return { max, sum: 0 };
  return { max, sum: a.sum * Math.exp(a.max - max) + b.sum * Math.exp(b.max - max) };
}
