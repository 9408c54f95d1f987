import { test } from 'vitest';
import { type ExerciseChecks, runCheck } from '../checks/support/define-checks.ts';

/** Registers an exercise's checks as Vitest tests, one per check, under the check's own name. */
export function registerChecks<Learner>(checks: ExerciseChecks<Learner>, learner: Learner): void {
  for (const check of checks.build(learner)) test(check.name, () => runCheck(check));
}
