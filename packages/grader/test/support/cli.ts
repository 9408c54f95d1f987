import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exerciseSource } from '@xent/course';

/** The repository root and the grader's command line. */
export const REPO = fileURLToPath(new URL('../../../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/xent-grade.mjs', import.meta.url));

/** What one run of the command printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `grade` as a learner would, in `cwd`, without colour and with its own hint state. */
export function runGrade(
  args: string[],
  options: { cwd?: string; stateDir?: string; env?: NodeJS.ProcessEnv } = {},
): CliRun {
  const start = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: undefined,
      XENT_STATE_DIR: options.stateDir ?? freshDir('state'),
      ...options.env,
    },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: performance.now() - start,
  };
}

/** A new empty temporary folder. */
export function freshDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `xent-${label}-`));
}

/** A submission folder: the model solutions, with some exercise files replaced by `files` (id → source). */
export function submission(files: Record<string, string>): string {
  const dir = freshDir('submission');
  cpSync(path.join(REPO, 'solutions'), dir, { recursive: true });
  for (const [id, source] of Object.entries(files)) writeFileSync(exerciseSource(dir, id), source);
  return dir;
}

/** Every file under `dir` with its size, modification time and content, to prove nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        out[path.relative(dir, full)] = `${statSync(full).mtimeMs}:${readFileSync(full, 'utf8')}`;
    }
  };
  walk(dir);
  return out;
}

/** The JSON report `--json` wrote. */
export function readReport(file: string): {
  version: number;
  target: string;
  score: number;
  maxScore: number;
  exercises: Array<{
    id: string;
    title: string;
    status: string;
    score: number;
    maxScore: number;
    durationMs: number;
    tests: Array<{ name: string; status: string; message?: string }>;
  }>;
} {
  return JSON.parse(readFileSync(file, 'utf8'));
}
