import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The grader package's own folder (its suites and configuration, never the learner's), from src/ or dist/. */
export const GRADER_ROOT = findUp(
  fileURLToPath(new URL('.', import.meta.url)),
  (dir) => existsSync(path.join(dir, 'suites')) && existsSync(path.join(dir, 'package.json')),
);

/** The sandbox loader the `@exercise/<id>` modules import; Vitest compiles it in each worker. */
export const SANDBOX_LOADER = path.join(GRADER_ROOT, 'src', 'sandbox', 'load-exercise.ts');

function findUp(start: string, found: (dir: string) => boolean): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (found(dir)) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`grader: cannot find the grader package above ${start}`);
  }
}

/** The course model as the grader ships it (built from @xent/course); the checks import it by its package name. */
export const COURSE_BUNDLE = path.join(GRADER_ROOT, 'dist', 'course.js');

/** The check definitions of an exercise, which every runner reads. */
export function checksFile(id: string): string {
  return path.join(GRADER_ROOT, 'checks', `${id}.ts`);
}

/** The hidden suite of an exercise. */
export function suiteFile(id: string): string {
  return path.join(GRADER_ROOT, 'suites', `${id}.test.ts`);
}

/** The course folder that holds `exercises/`: the nearest one at or above `start`, or undefined. */
export function findCourseRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'exercises'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
