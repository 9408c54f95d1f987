import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Exercise } from '@xent/course';
import type { ExerciseChecks } from '@xent/grader/checks/support/define-checks.ts';
import {
  type ExerciseProbes,
  encodeOutcomes,
  type Fingerprint,
  runProbes,
} from '@xent/grader/checks/support/diagnose.ts';
import { bundleExercise } from '@xent/grader/src/sandbox/bundle-exercise.ts';
import { loadExercise } from '@xent/grader/src/sandbox/load-exercise.ts';

/** Time limits for recording a wrong implementation's outputs on the probes. */
const RECORDING_LIMITS = { loadMs: 30_000, callMs: 30_000, totalMs: 120_000 };

import { wrongImplementations } from '@xent/grader/src/wrong-implementations.ts';
import type { CourseLayout } from '../layout.ts';

/** The generated fingerprints of an exercise: `packages/grader/checks/fingerprints/<id>.ts`. */
export function fingerprintFile(layout: CourseLayout, id: string): string {
  return path.join(layout.checks, 'fingerprints', `${id}.ts`);
}

const loaded = new Map<string, Promise<ExerciseChecks<unknown>>>();

/** The check definitions of an exercise (`packages/grader/checks/<id>.ts`), imported once per process. */
export function loadChecks(file: string): Promise<ExerciseChecks<unknown>> {
  let checks = loaded.get(file);
  if (!checks) {
    checks = import(pathToFileURL(file).href).then(
      (module: { default: ExerciseChecks<unknown> }) => module.default,
    );
    loaded.set(file, checks);
  }
  return checks;
}

/** The probes an exercise's checks declare, or undefined when it declares none (or its checks do not load). */
export async function probesOf(
  layout: CourseLayout,
  exercise: Pick<Exercise, 'id'>,
): Promise<ExerciseProbes | undefined> {
  try {
    return (await loadChecks(path.join(layout.checks, `${exercise.id}.ts`))).probes;
  } catch {
    return undefined;
  }
}

/**
 * What each wrong implementation of an exercise that names a misconception returns on the exercise's
 * probes, run in the grader's sandbox: the data the grader diagnoses with, recorded ahead of time.
 */
export async function fingerprintsOf(
  layout: CourseLayout,
  exercise: Exercise,
  probes: ExerciseProbes,
): Promise<Fingerprint[]> {
  const wrongs = wrongImplementations([exercise], layout.wrong).filter((w) => w.misconception);
  const fingerprints: Fingerprint[] = [];
  for (const wrong of wrongs) {
    const bundle = await bundleExercise(wrong.file, { courseCode: true });
    // the course's own code, recorded once: limits wide enough that a busy machine cannot turn a
    // slow wrong implementation into a missing fingerprint (its checks still time it as usual)
    const learner = loadExercise(
      { id: exercise.id, file: wrong.file, exports: exercise.exports },
      bundle,
      { limits: RECORDING_LIMITS },
    );
    const log = console.log;
    console.log = () => {};
    let outcomes: ReturnType<typeof runProbes>;
    try {
      outcomes = runProbes(probes, learner);
    } finally {
      console.log = log;
    }
    if (!outcomes)
      throw new Error(
        `fingerprintsOf: ${path.relative(layout.root, wrong.file)} did not load or did not finish on the probes of '${exercise.id}'`,
      );
    fingerprints.push({
      misconception: wrong.misconception,
      from: wrong.slug,
      outcomes: encodeOutcomes(outcomes),
    });
  }
  return fingerprints;
}

/** The text of an exercise's fingerprint module, after its header line. */
export function fingerprintModule(id: string, fingerprints: Fingerprint[]): string {
  return [
    "import type { Fingerprint } from '../support/diagnose.ts';",
    '',
    `/** What each wrong implementation of ${id} returns on its probes (NaN and ±Infinity as strings). */`,
    `const fingerprints: Fingerprint[] = ${JSON.stringify(fingerprints)};`,
    '',
    'export default fingerprints;',
  ].join('\n');
}
