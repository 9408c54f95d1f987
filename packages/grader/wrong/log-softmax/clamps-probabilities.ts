/**
 * Mistake: clamps each probability to at least 1e-12 before the log "so it is never −∞", which caps
 * every log-probability at about −27.6 and hides a masked class.
 * Caught by: logSoftmax of a gap of 1000 is about −1000, never −∞
 * Misconception: clamps-values
 */
import { logSumExp } from './_parts.ts';

export { logSumExp };

export function logSoftmax(logits: number[]): number[] {
  const lse = logSumExp(logits);
  return logits.map((z) => Math.log(Math.max(Math.exp(z - lse), 1e-12)));
}
