import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Exercise } from '@xent/course';
import type { ExerciseReport } from '@xent/grader/src/report/report-types.ts';

/** One file to grade against one exercise's checks. */
export interface GradeJob {
  exercise: Exercise;
  file: string;
  checksFile: string;
  /** The course's own code (a wrong implementation), which may import its folder's shared parts. */
  courseCode: boolean;
  /** Diagnose even when every check passes (a model solution, which must get no diagnosis). */
  alwaysDiagnose: boolean;
}

/** A graded job: its report, and the ids of the misconceptions found whether or not it passed. */
export interface Graded {
  report: ExerciseReport;
  diagnosed: string[];
}

/**
 * Grades every job once, on as many worker threads as the machine has cores (at most `jobs.length`),
 * and returns the reports in the jobs' order. Jobs of one exercise go to one worker, so each worker
 * imports only the checks it needs.
 */
export async function gradeInParallel(
  jobs: readonly GradeJob[],
  onDone?: (done: number, total: number) => void,
): Promise<Graded[]> {
  const ids = [...new Set(jobs.map((job) => job.exercise.id))];
  const size = Math.max(1, Math.min(availableParallelism(), ids.length));
  const reports: Graded[] = new Array(jobs.length);
  let done = 0;
  const queues = Array.from({ length: size }, () => [] as number[]);
  // Largest exercises first, each to the queue with the fewest jobs so far.
  const byExercise = ids
    .map((id) => jobs.flatMap((job, index) => (job.exercise.id === id ? [index] : [])))
    .sort((a, b) => b.length - a.length);
  for (const indices of byExercise) {
    const shortest = queues.reduce((a, b) => (b.length < a.length ? b : a));
    shortest.push(...indices);
  }
  await Promise.all(
    queues.map(
      (queue) =>
        new Promise<void>((resolve, reject) => {
          if (queue.length === 0) return resolve();
          const worker = new Worker(new URL('./proof-worker.mjs', import.meta.url));
          let next = 0;
          const send = () => {
            const index = queue[next++] as number;
            worker.postMessage({ index, ...jobs[index] });
          };
          worker.on('message', ({ index, ...graded }: Graded & { index: number }) => {
            reports[index] = graded;
            onDone?.(++done, jobs.length);
            if (next < queue.length) send();
            else void worker.terminate().then(() => resolve());
          });
          worker.on('error', reject);
          send();
        }),
    ),
  );
  return reports;
}
