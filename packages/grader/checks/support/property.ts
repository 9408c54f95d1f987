import fc from 'fast-check';
import { isSandboxError } from '../../src/sandbox/errors.ts';
import { currentCheckName } from './define-checks.ts';
import { formatValue } from './feedback.ts';

/** Random cases per property: enough to find the usual mistakes, few enough to grade in well under a second. */
export const NUM_RUNS = 60;

/**
 * Runs `predicate` on random inputs from `arbitrary`, seeded by the check's name (or `XENT_SEED`),
 * and on failure throws the shrunk counterexample, the inner failure and how to reproduce it.
 */
export function checkProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => void,
  options: { numRuns?: number; seed?: number } = {},
): void {
  const seed = options.seed ?? seedFromEnvironment() ?? seedFromName(currentCheckName());
  const details = fc.check(
    fc.property(arbitrary, (value) => {
      predicate(value);
    }),
    { seed, numRuns: options.numRuns ?? NUM_RUNS },
  );
  if (!details.failed) return;
  // A stub, a loop or a file that does not load is the same on every input: report it as it is.
  if (isSandboxError(details.errorInstance)) throw details.errorInstance;
  throw new Error(
    [
      `Failed on the random input ${formatValue(details.counterexample?.[0])} (after ${details.numRuns} case${details.numRuns === 1 ? '' : 's'}, shrunk ${details.numShrinks} time${details.numShrinks === 1 ? '' : 's'}).`,
      innerMessage(details.errorInstance),
      `Seed ${details.seed}, path ${details.counterexamplePath ?? '(none)'}; rerun with XENT_SEED=${details.seed} to reproduce.`,
    ].join('\n'),
  );
}

/** A 32-bit FNV-1a hash of the check's name, so every run of a check draws the same inputs. */
export function seedFromName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

function seedFromEnvironment(): number | undefined {
  // In the page there is no `process`: the checks then draw their inputs from the check's name.
  const text = globalThis.process?.env?.XENT_SEED;
  if (text === undefined || text.trim() === '') return undefined;
  const seed = Number(text);
  if (!Number.isInteger(seed)) throw new Error(`XENT_SEED = '${text}' is not an integer`);
  return seed;
}

function innerMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return `It threw ${formatValue(error)}.`;
}
