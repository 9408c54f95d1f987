import type { Exercise } from '@xent/course';
import type { Check, ExerciseChecks } from '../../checks/support/define-checks.ts';
import type { ExerciseReport } from '../report/report-types.ts';
import { type CheckOutcome, summariseRun } from '../report/summarise.ts';
import { compileSource } from './compile-source.ts';
import { loadLearner, type RunListener, type StopPlan } from './learner-module.ts';

/**
 * A misconception the checks recognise in a failed run. The diagnosis step of the checks fills
 * these in; until it exists every report carries an empty list, so the page already has a place
 * to show them.
 */
export interface Diagnosis {
  check: string;
  misconception: string;
}

/** One exercise's report as the page shows it: the CLI's report, plus the diagnoses. */
export interface PageReport extends ExerciseReport {
  diagnoses: Diagnosis[];
}

/** What a run in the page needs besides the learner's source. */
export interface PageRunOptions {
  plan?: StopPlan;
  listener?: RunListener;
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
): PageReport {
  const start = performance.now();
  const compiled = compileSource(exercise.id, source);
  const learner = loadLearner(exercise, compiled, options.plan, options.listener);
  const runErrors: string[] = [];
  const outcomes: CheckOutcome[] = [];
  try {
    for (const check of checks.build(learner.functions as Learner)) {
      outcomes.push(outcomeOf(check));
    }
  } catch (error) {
    runErrors.push(error instanceof Error ? error.message : String(error));
  }
  const output = learner.output.map((line) => `[${exercise.id}] ${line}`);
  const report = summariseRun(
    exercise,
    { outcomes, runErrors, durationMs: performance.now() - start },
    output,
  );
  return { ...report, diagnoses: diagnose(report) };
}

/** The misconceptions a report shows: none yet (the place for the checks' diagnosis step). */
export function diagnose(_report: ExerciseReport): Diagnosis[] {
  return [];
}

/** What one check did: passed, or failed with its error's name and message. */
export function outcomeOf(check: Check): CheckOutcome {
  try {
    check.run();
    return { name: check.name, passed: true };
  } catch (error) {
    const { name, message } =
      error instanceof Error ? error : { name: undefined, message: String(error) };
    return { name: check.name, passed: false, message, ...(name ? { errorName: name } : {}) };
  }
}
