import { fork } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Exercise } from '@xent/course';
import { transform } from 'esbuild';
import type { ExerciseReport } from '../report/report-types.ts';
import { bundleExercise, type ExerciseBundle } from '../sandbox/bundle-exercise.ts';
import type { ChildMessage, ChildRequest } from './grade-child.ts';
import { GRADER_ROOT } from './paths.ts';
import type { GradeTarget } from './run-suites.ts';

/**
 * The heap of the grading process and its workers, in MiB: a learner's allocation loop ends there,
 * not in the machine's memory. `XENT_GRADING_HEAP_MB` changes it (the tests make it small).
 */
export const GRADING_HEAP_MB = Number(process.env.XENT_GRADING_HEAP_MB ?? 1024);

/** Node 20 spells the permission flag `--experimental-permission`; later versions `--permission`. */
const PERMISSION_FLAG = process.allowedNodeEnvironmentFlags.has('--permission')
  ? '--permission'
  : '--experimental-permission';

/** The compiled grading process (scripts/build.mjs makes it from grade-child.ts). */
const CHILD = path.join(GRADER_ROOT, 'dist', 'grade-child.js');

/**
 * Grades one target in a separate Node process that runs under the permission model: it may read
 * the grader, its dependencies and nothing else (not the graded folder: the exercise files are
 * compiled here first and handed over), write nothing, start no process; its heap is capped.
 * Learner code runs there in its own realm, so even code that got out of that realm would find no
 * files to write, no solutions to read and no process to start. Only plain reports come back.
 */
export async function gradeRestricted(
  target: GradeTarget,
  onProgress?: (id: string) => void,
): Promise<ExerciseReport[]> {
  // the grading process starts (and loads Vitest) while the files are compiled here
  const compiled = Promise.all([
    Promise.all(
      target.exercises.map(
        async ({ file }): Promise<[string, ExerciseBundle]> => [file, await bundleExercise(file)],
      ),
    ),
    precompileGrader(),
  ]);
  const run = (part: GradeTarget) =>
    runChild(
      compiled.then(([bundles, precompiled]) => ({ target: part, bundles, precompiled })),
      onProgress,
    );
  const all = await run(target);
  if ('reports' in all) return all.reports;
  if (target.exercises.length === 1) return [crashed(target.exercises[0]?.exercise, all.problem)];
  // The process went down (a worker out of memory takes Vitest with it): grade each exercise
  // alone, so that only the one that brings its process down is reported for it.
  const reports: ExerciseReport[] = [];
  for (const one of target.exercises) {
    const alone = await run({ ...target, exercises: [one] });
    reports.push(...('reports' in alone ? alone.reports : [crashed(one.exercise, alone.problem)]));
  }
  return reports;
}

/** Runs one grading process to its end: its reports, or why it ended without them. */
function runChild(
  request: Promise<ChildRequest>,
  onProgress?: (id: string) => void,
): Promise<{ reports: ExerciseReport[] } | { problem: string }> {
  const child = fork(CHILD, [], {
    execArgv: permissionFlags(readablePaths()),
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 16_384) stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => {
    let reports: ExerciseReport[] | undefined;
    child.on('message', (message: ChildMessage) => {
      if (message.kind === 'progress') onProgress?.(message.id);
      else if (message.kind === 'done') reports = message.reports;
    });
    child.on('error', (error) => {
      stderr += `\n${error.message}`;
    });
    child.on('exit', (code, signal) => {
      resolve(reports ? { reports } : { problem: why(code, signal, stderr) });
    });
    request.then(
      (ready) => child.send(ready),
      (error: Error) => {
        stderr += `\ncould not compile before grading: ${error.message}`;
        child.kill();
      },
    );
  });
}

/** Node's permission model (Node 20's flag): read only `paths`; workers (Vitest's pool) and addons (Vite's bundler) allowed. */
export function permissionFlags(paths: string[]): string[] {
  return [
    PERMISSION_FLAG,
    ...paths.map((folder) => `--allow-fs-read=${folder}`),
    '--allow-worker',
    '--allow-addons',
    `--max-old-space-size=${GRADING_HEAP_MB}`,
    '--disable-warning=SecurityWarning',
    '--disable-warning=ExperimentalWarning',
  ];
}

/** The folders the grading process may read: the grader, @xent/core and the node_modules they resolve from. */
function readablePaths(): string[] {
  const require = createRequire(path.join(GRADER_ROOT, 'package.json'));
  const folders = new Set<string>([GRADER_ROOT, realpathSync(GRADER_ROOT)]);
  for (const name of ['vitest/node', '@xent/core']) {
    const resolved = realpathSync(require.resolve(name));
    const nodeModules = resolved.indexOf(`${path.sep}node_modules${path.sep}`);
    folders.add(nodeModules >= 0 ? resolved.slice(0, nodeModules + 13) : packageRoot(resolved));
  }
  for (let dir = GRADER_ROOT; ; dir = path.dirname(dir)) {
    const modules = path.join(dir, 'node_modules');
    if (existsSync(modules)) {
      folders.add(modules);
      folders.add(realpathSync(modules));
      for (const hop of linkHops(modules)) folders.add(hop);
    }
    // Vite looks for the workspace root upwards: these files only, never the folders themselves
    for (const marker of WORKSPACE_MARKERS) folders.add(path.join(dir, marker));
    if (path.dirname(dir) === dir) break;
  }
  // one spelling per path: Node 20 aborts when given both `a/b` and `a/b/`
  return [...new Set([...folders].map((folder) => path.resolve(folder)))];
}

/**
 * The links a package in `modules` is reached through (a link to a link, as in a copy of the
 * course), so that resolving its real path reads only paths the grading process may read.
 */
function linkHops(modules: string): string[] {
  const hops: string[] = [];
  const entries = readdirSync(modules).flatMap((name) =>
    name.startsWith('@')
      ? readdirSync(path.join(modules, name)).map((inner) => path.join(modules, name, inner))
      : [path.join(modules, name)],
  );
  for (const entry of entries) {
    let at = entry;
    for (
      let depth = 0;
      depth < 8 && lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink();
      depth++
    ) {
      at = path.resolve(path.dirname(at), readlinkSync(at));
      hops.push(at);
    }
  }
  return hops;
}

/** The files by which Vite recognises a workspace root. */
const WORKSPACE_MARKERS = ['pnpm-workspace.yaml', 'lerna.json', 'package.json'];

function packageRoot(file: string): string {
  let dir = path.dirname(file);
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

/**
 * The grader's TypeScript the suites load (suites, checks, the misconception catalogue, the sandbox,
 * and @xent/core when it is TypeScript),
 * compiled here, because Vite's own TypeScript step runs esbuild as a process of its own.
 */
async function precompileGrader(): Promise<Array<[string, string]>> {
  const require = createRequire(path.join(GRADER_ROOT, 'package.json'));
  const core = realpathSync(require.resolve('@xent/core'));
  const roots = ['suites', 'checks', 'src/sandbox', 'src/runner'].map((dir) =>
    path.join(GRADER_ROOT, dir),
  );
  if (core.endsWith('.ts')) roots.push(path.dirname(core));
  // the misconception catalogue beside the wrong implementations (which themselves are never loaded)
  const files = [
    ...roots.flatMap((root) => typeScriptFiles(root)),
    path.join(GRADER_ROOT, 'wrong', 'misconceptions.ts'),
  ];
  return Promise.all(
    files.map(async (file) => {
      const { code } = await transform(readFileSync(file, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: 'node20',
        sourcefile: file,
      });
      return [file, code] as [string, string];
    }),
  );
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Why the grading process ended without reports, for the learner. */
function why(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (/heap out of memory|ERR_WORKER_OUT_OF_MEMORY|Worker exited unexpectedly/i.test(stderr))
    return 'ran out of memory: its code allocates without end, and the grading process it ran in was stopped';
  const last = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 300);
  return `the grading process stopped (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`;
}

function crashed(exercise: Exercise | undefined, problem: string): ExerciseReport {
  if (!exercise) throw new Error('gradeRestricted: no exercise to report');
  return {
    id: exercise.id,
    title: exercise.title,
    maxScore: exercise.points,
    status: 'error',
    score: 0,
    durationMs: 0,
    tests: [],
    diagnoses: [],
    problem,
  };
}
