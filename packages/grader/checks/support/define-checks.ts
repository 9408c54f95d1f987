import { type ResolvedSection, sectionOf } from '@xent/course';
import { defineProbes, type ExerciseProbes } from './diagnose.ts';

/**
 * One named check of an exercise: `run` returns when the learner's code passes and throws otherwise.
 * While it runs, `currentCheckName()` gives its name (random inputs are seeded by it), whichever
 * runner calls it.
 */
export interface Check {
  name: string;
  run: () => void;
}

/** What an exercise's check definitions receive besides the learner's module. */
export interface CheckTools {
  /** Declares a check; the order of declaration is the order of the report. */
  check: (name: string, run: () => void) => void;
  /** A lesson section of this exercise's manifest entry, by its key. */
  section: (key: string) => ResolvedSection;
}

/** The checks of one exercise, defined once and run by every runner (Vitest for `pnpm grade`, the proof run). */
export interface ExerciseChecks<Learner> {
  id: string;
  /** The checks, bound to one learner module (its functions already wrapped by the sandbox). */
  build: (learner: Learner) => Check[];
  /** The fixed inputs a failing exercise is diagnosed on; absent when it has none (no diagnosis). */
  probes?: ExerciseProbes;
  /** These checks with probes for diagnosing a failure (`pnpm course sync` records each wrong implementation's outputs on them). */
  withProbes: (probes: Omit<ExerciseProbes, 'id'>) => ExerciseChecks<Learner>;
}

/** Defines the checks of exercise `id`; `body` declares them with `check(name, run)`. */
export function defineChecks<Learner>(
  id: string,
  body: (learner: Learner, tools: CheckTools) => void,
): ExerciseChecks<Learner> {
  const defined: ExerciseChecks<Learner> = {
    id,
    withProbes: (probes) => ({ ...defined, probes: defineProbes(id, probes) }),
    build(learner) {
      const checks: Check[] = [];
      const check = (name: string, run: () => void) => {
        if (checks.some((c) => c.name === name)) {
          throw new Error(`${id}: two checks are named "${name}"`);
        }
        checks.push({ name, run: () => withCheckName(name, run) });
      };
      body(learner, { check, section: (key) => sectionOf(id, key) });
      return checks;
    },
  };
  return defined;
}

let runningCheck: string | undefined;

function withCheckName(name: string, run: () => void): void {
  runningCheck = name;
  try {
    run();
  } finally {
    runningCheck = undefined;
  }
}

/** The name of the check being run, or `xent` outside a check. */
export function currentCheckName(): string {
  return runningCheck ?? 'xent';
}
