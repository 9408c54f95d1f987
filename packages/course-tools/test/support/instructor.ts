import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliRun } from './cli.ts';
import { REPO } from './cli.ts';

const BINS = {
  course: fileURLToPath(new URL('../../bin/xent-course.mjs', import.meta.url)),
  'new-exercise': fileURLToPath(new URL('../../bin/xent-new-exercise.mjs', import.meta.url)),
} as const;

/** Runs an instructor command (`course` or `new-exercise`) of this grader, or of the one at `bin`. */
export function runInstructorCommand(
  name: keyof typeof BINS,
  args: string[],
  options: { cwd?: string; bin?: string } = {},
): CliRun {
  const start = performance.now();
  const result = spawnSync(process.execPath, [options.bin ?? BINS[name], ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: performance.now() - start,
  };
}
