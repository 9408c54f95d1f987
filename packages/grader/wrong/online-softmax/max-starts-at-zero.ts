/**
 * Mistake: starts the running maximum at 0 instead of −∞, so a stream of only very negative values is never shifted and underflows.
 * Caught by: survives values of −1e6
 * Misconception: no-max-shift
 */
import { finish, stepFrom } from './_parts.ts';

export { type LseState, mergeLogSumExp } from './_parts.ts';

export function streamingLogSumExp(values: Iterable<number>): number {
  return finish(stepFrom(0, values));
}
