import { checkPositive, checkVector } from './validate.ts';

/**
 * Log-softmax of z/T: log pᵢ = (zᵢ − m) − log Σⱼ exp(zⱼ − m) with m = max z (of z/T), as PyTorch
 * computes it; subtracting m before the log keeps it exact for logits like ±1e6, where zᵢ − LSE(z)
 * would cancel. A −Infinity logit gets −Infinity. Example: logSoftmax([0, 0]) = [−0.6931, −0.6931].
 */
export function logSoftmax(logits: number[], temperature = 1): number[] {
  checkVector('logSoftmax', 'logits', logits);
  checkPositive('logSoftmax', 'temperature', temperature);
  return logSoftmaxUnchecked(temperature === 1 ? logits : logits.map((z) => z / temperature));
}

/** logSoftmax at temperature 1 without input checks. */
export function logSoftmaxUnchecked(logits: readonly number[]): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (const z of logits) if (z > max || Number.isNaN(z)) max = z;
  // All −Infinity, a +Infinity or a NaN: z − max gives PyTorch's NaN and −Infinity entries.
  if (!Number.isFinite(max)) return logits.map((z) => z - max);
  let total = 0;
  for (const z of logits) total += Math.exp(z - max);
  const logTotal = Math.log(total);
  return logits.map((z) => z - max - logTotal);
}
