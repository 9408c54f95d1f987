/**
 * Mistake: keeps the first state's maximum and rescales the second state to it, which overflows when the second maximum is much larger.
 * Caught by: merges states whose maxima are 1e6 apart
 * Misconception: no-max-shift
 */
export type LseState = { max: number; sum: number };

export function streamingLogSumExp(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
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
  return sum === 0 ? Number.NEGATIVE_INFINITY : max + Math.log(sum);
}

export function mergeLogSumExp(a: LseState, b: LseState): LseState {
  if (a.max === Number.NEGATIVE_INFINITY) return { max: b.max, sum: b.sum };
  if (b.max === Number.NEGATIVE_INFINITY) return { max: a.max, sum: a.sum };
  return { max: a.max, sum: a.sum + b.sum * Math.exp(b.max - a.max) };
}
