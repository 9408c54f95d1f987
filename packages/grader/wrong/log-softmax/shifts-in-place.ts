/**
 * Mistake: subtracts the log-sum-exp from the logits in place and returns the same array, so the
 * caller's logits are gone.
 * Caught by: does not modify its input
 * Misconception: mutates-input
 */
import { logSumExp } from './_parts.ts';

export { logSumExp };

export function logSoftmax(logits: number[]): number[] {
  const lse = logSumExp(logits);
  for (let i = 0; i < logits.length; i++) logits[i] = (logits[i] ?? 0) - lse;
  return logits;
}
