import { describeThrown, isSandboxError, SANDBOX_ERRORS } from '../../src/sandbox/errors.ts';
import { formatValue } from './feedback.ts';

/** Calls a learner's function on deep copies of `args`; if it throws, fails naming the input. */
export function callLearner<A extends unknown[]>(
  name: string,
  fn: (...args: A) => unknown,
  args: A,
): unknown {
  return callLearnerOn(name, fn, structuredClone(args));
}

/**
 * Calls a learner's function on `args` themselves, so that a check can see whether it changed them.
 * A failure keeps the sandbox's error name (not implemented, timed out, did not load), which is how
 * the report tells a stub or a loop from a wrong answer, and adds the input that caused it.
 */
export function callLearnerOn<A extends unknown[]>(
  name: string,
  fn: (...args: A) => unknown,
  args: A,
): unknown {
  const shown = args.map(formatValue).join(', ');
  try {
    return fn(...args);
  } catch (thrown) {
    if (!isSandboxError(thrown))
      throw new Error(`${name} threw ${describeThrown(thrown)} for input ${shown}`);
    const error = new Error(
      thrown.name === SANDBOX_ERRORS.load ? thrown.message : `${thrown.message} (input: ${shown})`,
    );
    error.name = thrown.name;
    throw error;
  }
}
