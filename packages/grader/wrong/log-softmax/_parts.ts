/** What the wrong implementations of log-softmax get right, so that each file shows only its mistake. */

/** Σ e^(v − shift), the sum behind every log-sum-exp: shiftedExpSum([0, 0], 0) = 2. */
export function shiftedExpSum(values: number[], shift: number): number {
  return values.reduce((sum, v) => sum + Math.exp(v - shift), 0);
}

/** The correct LSE(v) = m + ln Σ e^(v − m) with m = max v, and −∞ when every value is −∞: [0, 0] → ln 2. */
export function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  if (max === Number.NEGATIVE_INFINITY) return max;
  return max + Math.log(shiftedExpSum(values, max));
}

/** The log-softmax z − LSE(z) built on the given log-sum-exp, so a wrong LSE carries through as it would. */
export function logSoftmaxUsing(lse: (values: number[]) => number): (logits: number[]) => number[] {
  return (logits) => {
    const total = lse(logits);
    return logits.map((z) => z - total);
  };
}

/** The correct log-softmax z − LSE(z): [0, 0] → [−ln 2, −ln 2]. */
export const logSoftmax = logSoftmaxUsing(logSumExp);

/** softmax(z) = e^(z − max) / Σ e^(z − max), shifted so it never overflows: [0, 0] → [0.5, 0.5]. */
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
