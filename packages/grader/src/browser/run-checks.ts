import type { Exercise } from '@xent/course';
import type { ExerciseChecks } from '../../checks/support/define-checks.ts';
import { type Diagnosis, diagnose, type Fingerprint } from '../../checks/support/diagnose.ts';
import type { ExerciseReport } from '../report/report-types.ts';
import { type CheckOutcome, outcomeOfCheck, summariseRun } from '../report/summarise.ts';
import { compileSource } from './compile-source.ts';
import { loadLearner, type RunListener, type StopPlan } from './learner-module.ts';

/** What a run in the page needs besides the learner's source. */
export interface PageRunOptions {
  plan?: StopPlan;
  listener?: RunListener;
  /** The wrong implementations' recorded outputs on the checks' probes, for the diagnosis (as `pnpm grade` has them). */
  fingerprints?: Fingerprint[];
}

/**
 * Grades the learner's TypeScript `source` against an exercise's checks, in this realm and without
 * any Node API: compile, load lazily, run each check in order, summarise as `pnpm grade` does. The
 * Web Worker of the page runs it; the equivalence test runs it in Node beside the CLI's runner.
 */
export function gradeSource<Learner>(
  exercise: Exercise,
  checks: ExerciseChecks<Learner>,
  source: string,
  options: PageRunOptions = {},
): ExerciseReport {
  const start = performance.now();
  const compiled = compileSource(exercise.id, source);
  const learner = loadLearner(exercise, compiled, options.plan, options.listener);
  const runErrors: string[] = [];
  const outcomes: CheckOutcome[] = [];
  try {
    for (const check of checks.build(learner.functions as Learner)) {
      outcomes.push(outcomeOfCheck(check));
    }
  } catch (error) {
    runErrors.push(error instanceof Error ? error.message : String(error));
  }
  // the same diagnosis as the CLI's runners: only for a failed run, on the checks' probes
  let diagnoses: Diagnosis[] = [];
  const { probes } = checks;
  if (probes && options.fingerprints && outcomes.some((o) => !o.passed)) {
    diagnoses = diagnose({ probes, fingerprints: options.fingerprints }, learner.functions);
  }
  const output = learner.output.map((line) => `[${exercise.id}] ${line}`);
  return summariseRun(
    exercise,
    { outcomes, runErrors, durationMs: performance.now() - start, diagnoses },
    output,
  );
}
