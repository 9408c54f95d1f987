import { afterAll, test } from 'vitest';
import type { ExerciseChecks } from '../checks/support/define-checks.ts';
import { type Diagnosis, diagnose, type Fingerprint } from '../checks/support/diagnose.ts';

declare module 'vitest' {
  interface TaskMeta {
    /** What a failing exercise's outputs on its probes most likely show (set after its checks). */
    diagnoses?: Diagnosis[];
  }
}

/**
 * Registers an exercise's checks as Vitest tests, one per check, under the check's own name. When the
 * exercise declares probes and one of its checks fails, the misconceptions its code most likely holds
 * go to the test module's `meta().diagnoses`, which the report reads.
 */
export function registerChecks<Learner>(
  checks: ExerciseChecks<Learner>,
  learner: Learner,
  fingerprints?: Fingerprint[],
): void {
  let failed = false;
  for (const check of checks.build(learner)) {
    test(check.name, () => {
      try {
        check.run();
      } catch (error) {
        failed = true;
        throw error;
      }
    });
  }
  const { probes } = checks;
  if (!probes || !fingerprints) return;
  // biome-ignore lint/correctness/noEmptyPattern: Vitest passes the suite second and insists the unused first argument be destructured
  afterAll(({}, suite) => {
    if (failed)
      suite.meta.diagnoses = diagnose({ probes, fingerprints }, learner as Record<string, unknown>);
  });
}
