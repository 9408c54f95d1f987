/**
 * Log-sum-exp and log-softmax: LSE(v) = ln Σ e^{vᵢ} = m + ln Σ e^{vᵢ − m} with m = max v.
 * Example: logSumExp([0, 0]) = ln 2 ≈ 0.6931; logSumExp([-Infinity]) = -Infinity.
 */
export function logSumExp(values: number[]): number {
  const max = values.reduce((best, v) => Math.max(best, v), Number.NEGATIVE_INFINITY);
  // Every entry is −∞: the sum is empty, ln 0 = −∞. Shifting by m = −∞ would give −∞ − (−∞) = NaN.
  if (max === Number.NEGATIVE_INFINITY) return max;
  // After the shift every exponent is ≤ 0 (no overflow) and the largest term is e^0 = 1 (the sum
  // cannot underflow to 0), so the logarithm is finite.
  let total = 0;
  for (const v of values) total += Math.exp(v - max);
  return max + Math.log(total);
}

/**
 * Log-softmax: log pᵢ = (zᵢ − m) − ln Σ e^{zⱼ − m}, the log of softmax without forming a probability.
 * Example: logSoftmax([0, 0]) = [−0.6931, −0.6931]; a −∞ logit gets −∞.
 */
export function logSoftmax(logits: number[]): number[] {
  const max = logits.reduce((best, z) => Math.max(best, z), Number.NEGATIVE_INFINITY);
  let total = 0;
  for (const z of logits) total += Math.exp(z - max);
  // Subtracting m before the log keeps the result exact for logits like 1e6, where zᵢ − LSE(z)
  // would subtract two nearly equal large numbers.
  const logTotal = Math.log(total);
  return logits.map((z) => z - max - logTotal);
}
