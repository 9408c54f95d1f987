import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Exercise } from '@xent/course';
import type { Check, ExerciseChecks } from '@xent/grader/checks/support/define-checks.ts';
import type { ExerciseReport } from '@xent/grader/src/report/report-types.ts';
import { type CheckOutcome, summariseRun } from '@xent/grader/src/report/summarise.ts';
import { bundleExercise } from '@xent/grader/src/sandbox/bundle-exercise.ts';
import { loadExercise } from '@xent/grader/src/sandbox/load-exercise.ts';

/**
 * Grades one file against an exercise's checks in this process, without Vitest: the same check
 * definitions, sandbox and report as `pnpm grade`, for the proof run that grades every stub,
 * solution and wrong implementation of the course. What the learner's code prints is dropped.
 * `courseCode` lets a wrong implementation import the shared parts of its own folder.
 */
export async function gradeDirectly(
  exercise: Exercise,
  file: string,
  checksFile: string,
  options: { courseCode?: boolean } = {},
): Promise<ExerciseReport> {
  const start = performance.now();
  const bundle = await bundleExercise(file, options);
  const runErrors: string[] = [];
  const outcomes: CheckOutcome[] = [];
  try {
    const checks = await loadChecks(checksFile);
    const learner = loadExercise({ id: exercise.id, file, exports: exercise.exports }, bundle);
    for (const check of checks.build(learner)) outcomes.push(outcomeOf(check));
  } catch (error) {
    runErrors.push(error instanceof Error ? error.message : String(error));
  }
  return summariseRun(exercise, { outcomes, runErrors, durationMs: performance.now() - start });
}

const loaded = new Map<string, Promise<ExerciseChecks<unknown>>>();

/** The check definitions of an exercise (`packages/grader/checks/<id>.ts`), imported once. */
function loadChecks(file: string): Promise<ExerciseChecks<unknown>> {
  let checks = loaded.get(file);
  if (!checks) {
    checks = import(pathToFileURL(file).href).then(
      (module: { default: ExerciseChecks<unknown> }) => module.default,
    );
    loaded.set(file, checks);
  }
  return checks;
}

function outcomeOf(check: Check): CheckOutcome {
  const log = console.log;
  console.log = () => {};
  try {
    check.run();
    return { name: check.name, passed: true };
  } catch (error) {
    const { name, message } =
      error instanceof Error ? error : { name: undefined, message: String(error) };
    return { name: check.name, passed: false, message, ...(name ? { errorName: name } : {}) };
  } finally {
    console.log = log;
  }
}
