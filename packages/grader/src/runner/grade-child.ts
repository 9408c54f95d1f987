// The restricted grading process: started by restricted-grading.ts under Node's permission model
// (it may read the grader and its dependencies, and nothing else: no writes, no child processes), it
// receives the exercise files already compiled, runs the hidden suites and sends the reports back.
import type { Exercise } from '@xent/course';
import type { ExerciseReport } from '../report/report-types.ts';
import { summariseExercise } from '../report/summarise.ts';
import type { ExerciseBundle } from '../sandbox/bundle-exercise.ts';
import { type GradeTarget, runSuites } from './run-suites.ts';

/** What the grading process is asked to do: one target, its compiled files and the grader's compiled TypeScript. */
export interface ChildRequest {
  target: GradeTarget;
  bundles: Array<[string, ExerciseBundle]>;
  precompiled: Array<[string, string]>;
}

/** What it sends back: progress as each exercise finishes, then every report. */
export type ChildMessage =
  | { kind: 'progress'; id: string }
  | { kind: 'done'; reports: ExerciseReport[] };

// start loading Vitest now, while the grader compiles the files it will send
void import('vitest/node');

const send = (message: ChildMessage) =>
  new Promise<void>((resolve, reject) =>
    process.send?.(message, undefined, {}, (error) => (error ? reject(error) : resolve())),
  );

process.once('message', async (request: ChildRequest) => {
  const output = new Map<string, string[]>();
  const results = await runSuites([request.target], {
    bundles: new Map(request.bundles),
    precompiled: new Map(request.precompiled),
    onExerciseDone: (_target, id) => void send({ kind: 'progress', id }),
    onExerciseOutput: (_target, id, line) => {
      const lines = output.get(id) ?? [];
      lines.push(line);
      output.set(id, lines);
    },
  });
  const modules = results.get(request.target.label);
  const reports = request.target.exercises.map(({ exercise }: { exercise: Exercise }) =>
    summariseExercise(exercise, modules?.get(exercise.id), output.get(exercise.id)),
  );
  await send({ kind: 'done', reports });
  process.disconnect();
});
