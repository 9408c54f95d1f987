import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Exercise } from '@xent/course';
import {
  type Diagnosis,
  diagnose,
  type Fingerprint,
} from '@xent/grader/checks/support/diagnose.ts';
import type { ExerciseReport } from '@xent/grader/src/report/report-types.ts';
import {
  type CheckOutcome,
  outcomeOfCheck,
  summariseRun,
} from '@xent/grader/src/report/summarise.ts';
import { bundleExercise } from '@xent/grader/src/sandbox/bundle-exercise.ts';
import { loadExercise } from '@xent/grader/src/sandbox/load-exercise.ts';
import { loadChecks } from '../generated/fingerprints.ts';

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
  options: DirectOptions = {},
): Promise<ExerciseReport> {
  const start = performance.now();
  const bundle = await bundleExercise(file, options);
  const runErrors: string[] = [];
  const outcomes: CheckOutcome[] = [];
  let diagnoses: Diagnosis[] = [];
  try {
    const checks = await loadChecks(checksFile);
    const learner = loadExercise({ id: exercise.id, file, exports: exercise.exports }, bundle);
    for (const check of checks.build(learner)) outcomes.push(silently(() => outcomeOfCheck(check)));
    const failed = outcomes.some((o) => !o.passed);
    const { probes } = checks;
    const fingerprints = probes ? await loadFingerprints(checksFile, exercise.id) : undefined;
    if (probes && fingerprints && (failed || options.alwaysDiagnose)) {
      diagnoses = silently(() => diagnose({ probes, fingerprints }, learner));
      options.onDiagnosis?.(diagnoses);
    }
  } catch (error) {
    runErrors.push(error instanceof Error ? error.message : String(error));
  }
  return summariseRun(exercise, {
    outcomes,
    runErrors,
    durationMs: performance.now() - start,
    diagnoses,
  });
}

/** Options of a direct grading run. */
export interface DirectOptions {
  /** The course's own code (a wrong implementation), which may import its folder's shared parts. */
  courseCode?: boolean;
  /** Diagnose even when every check passes (the proof run does, to show a solution gets no diagnosis). */
  alwaysDiagnose?: boolean;
  /** Receives the diagnoses as found, before the report keeps them only for a failed exercise. */
  onDiagnosis?: (diagnoses: Diagnosis[]) => void;
}

/** The recorded fingerprints beside the checks (`fingerprints/<id>.ts`), or undefined when sync has not written them. */
async function loadFingerprints(
  checksFile: string,
  id: string,
): Promise<Fingerprint[] | undefined> {
  const file = path.join(path.dirname(checksFile), 'fingerprints', `${id}.ts`);
  if (!existsSync(file)) return undefined;
  const module: { default: Fingerprint[] } = await import(pathToFileURL(file).href);
  return module.default;
}

function silently<T>(run: () => T): T {
  const log = console.log;
  console.log = () => {};
  try {
    return run();
  } finally {
    console.log = log;
  }
}
