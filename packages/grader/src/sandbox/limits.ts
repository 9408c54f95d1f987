/**
 * Limits for learner code. A correct solution answers each call in well under a millisecond, so
 * a call that runs for a second is looping; once one call is stopped, the rest fail at once, so an
 * infinite loop costs its exercise about one second and the report says 'timeout' long before 10 s.
 */
export const LIMITS = {
  /** Evaluating the module's top level (imports, constants). */
  loadMs: 2000,
  /** One call of an exported function. */
  callMs: 1000,
  /** All calls of one exercise together, so a slow-but-finite function cannot stall the run. */
  totalMs: 5000,
  /** What one exercise may print in all, in characters; the rest is counted and cut. */
  outputChars: 64 * 1024,
  /** How many lines one exercise may print. */
  outputLines: 1000,
} as const;

/** The time limits `loadExercise` applies (tests pass smaller ones). */
export type TimeLimits = { loadMs: number; callMs: number; totalMs: number };

/**
 * The time limit for the next call, in whole milliseconds (`vm` refuses fractions): the per-call
 * limit, or what is left of the total when less; 0 when the total is used up.
 * Example: callLimitMs({ callMs: 1000, totalMs: 5000 }, 4090.73) = 909.
 */
export function callLimitMs(
  limits: Pick<TimeLimits, 'callMs' | 'totalMs'>,
  spentMs: number,
): number {
  return Math.max(0, Math.floor(Math.min(limits.callMs, limits.totalMs - spentMs)));
}
