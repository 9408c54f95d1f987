import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Exercise, exercises } from '@xent/course';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkerHandle, WorkerMessage } from '../src/browser/protocol.ts';
import { gradeInWorker } from '../src/browser/supervise.ts';
import type { ExerciseReport } from '../src/report/report-types.ts';
import { checksFile, GRADER_ROOT } from '../src/runner/paths.ts';
import { wrongImplementations } from '../src/wrong-implementations.ts';

const REPO = path.resolve(GRADER_ROOT, '../..');

interface Case {
  exercise: Exercise;
  label: string;
  file: string;
}

/** Every file the course grades on purpose: each exercise's solution, stub and wrong implementations. */
const cases: Case[] = exercises.flatMap((exercise) => [
  {
    exercise,
    label: 'solution',
    file: path.join(REPO, 'solutions', exercise.id, `${exercise.id}.ts`),
  },
  { exercise, label: 'stub', file: path.join(REPO, 'exercises', exercise.id, `${exercise.id}.ts`) },
  ...wrongImplementations([exercise]).map((wrong) => ({
    exercise,
    label: `wrong/${wrong.slug}`,
    file: wrong.file,
  })),
]);

/**
 * The source the page would be given for a file: the file itself, or, when it imports the shared
 * `_*.ts` files of its folder (which the page refuses), that file with them bundled in.
 */
async function pageSource(file: string): Promise<string> {
  const source = readFileSync(file, 'utf8');
  if (!/^\s*(import|export)\s[^;]*from\s*['"]\.\//m.test(source)) return source;
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * The page's worker for Node: the same entry (`serveGrading` with every exercise's checks) bundled by
 * esbuild, run in a worker thread, so that a call that never returns is stopped as the page stops it.
 */
async function bundleWorker(folder: string): Promise<string> {
  const checks = exercises.map((exercise, i) => ({ name: `checks${i}`, exercise }));
  const contents = [
    `import { parentPort } from 'node:worker_threads';`,
    `import { serveGrading } from ${JSON.stringify(path.join(GRADER_ROOT, 'src/browser/worker-main.ts'))};`,
    ...checks.map(
      ({ name, exercise }) => `import ${name} from ${JSON.stringify(checksFile(exercise.id))};`,
    ),
    ...checks
      .filter(({ exercise }) => existsSync(fingerprintsFile(exercise.id)))
      .map(
        ({ name, exercise }) =>
          `import ${name}f from ${JSON.stringify(fingerprintsFile(exercise.id))};`,
      ),
    `const checks = { ${checks.map(({ name, exercise }) => `${JSON.stringify(exercise.id)}: { checks: ${name}${existsSync(fingerprintsFile(exercise.id)) ? `, fingerprints: ${name}f` : ''} }`).join(', ')} };`,
    'serveGrading({ post: (m) => parentPort.postMessage(m), onRequest: (h) => parentPort.on("message", h) }, async (id) => checks[id]);',
  ].join('\n');
  const outfile = path.join(folder, 'page-worker.mjs');
  await build({
    stdin: { contents, resolveDir: GRADER_ROOT, sourcefile: 'page-worker.ts', loader: 'ts' },
    bundle: true,
    outfile,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    logLevel: 'silent',
  });
  return outfile;
}

/** A worker thread behind the page's worker handle. */
function spawnFrom(file: string): () => WorkerHandle {
  return () => {
    const worker = new Worker(file);
    return {
      post: (request) => worker.postMessage(request),
      onMessage: (handler) => worker.on('message', (message: WorkerMessage) => handler(message)),
      onError: (handler) => worker.on('error', (error) => handler(error.message)),
      terminate: () => void worker.terminate(),
    };
  };
}

/** What must agree between the runners: the status, the points and every check's name, status and message. */
function comparable(report: ExerciseReport) {
  return {
    status: report.status,
    score: report.score,
    problem: report.problem,
    tests: report.tests,
    diagnoses: report.diagnoses,
  };
}

/** The recorded fingerprints of an exercise with probes (`checks/fingerprints/<id>.ts`). */
function fingerprintsFile(id: string): string {
  return path.join(GRADER_ROOT, 'checks', 'fingerprints', `${id}.ts`);
}

/**
 * A time limit is wall-clock time, so on a busy machine a slow but finite call can be stopped by one
 * runner and finish in the other. Where either runner reports a call stopped for time, that check
 * is held to its name only, the exercise's status and problem are not compared (a timeout decides
 * them), and everything else is compared as usual. The test says how often that happened.
 */
const STOPPED_FOR_TIME = /was stopped after \d+ ms|did not finish in time|used up their \d+ ms/;

function withoutTimeouts(cli: ExerciseReport, page: ExerciseReport) {
  const timed = new Set(
    [...cli.tests, ...page.tests]
      .filter((t) => STOPPED_FOR_TIME.test(t.message ?? ''))
      .map((t) => t.name),
  );
  const stopped = timed.size > 0 || [cli, page].some((r) => r.status === 'timeout');
  const keep = (report: ExerciseReport) => ({
    ...comparable(report),
    status: stopped ? 'not compared' : report.status,
    problem: stopped ? 'not compared' : report.problem,
    score: stopped ? 'not compared' : report.score,
    diagnoses: stopped ? 'not compared' : report.diagnoses,
    tests: report.tests.map((t) => (timed.has(t.name) ? { name: t.name } : t)),
  });
  return { cli: keep(cli), page: keep(page), timed: timed.size };
}

describe('the page runner grades exactly as the CLI does', () => {
  let folder: string;
  let spawn: () => WorkerHandle;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'xent-page-worker-'));
    spawn = spawnFrom(await bundleWorker(folder));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('covers every exercise with a solution, a stub and wrong implementations', () => {
    for (const exercise of exercises) {
      const labels = cases.filter((c) => c.exercise === exercise).map((c) => c.label);
      expect(labels, exercise.id).toContain('solution');
      expect(labels, exercise.id).toContain('stub');
      expect(labels.length, exercise.id).toBeGreaterThan(2);
    }
  });

  it.each(cases.map((c) => [`${c.exercise.id} ${c.label}`, c] as const))(
    '%s',
    async (_name, { exercise, file }) => {
      // The CLI's direct runner (the one `pnpm course check` uses), with fresh check modules for
      // each file as `pnpm grade` has: a file that changes a check's shared input (train-classifier's
      // 'does not modify its inputs' passes a module constant) must not change the next file's run.
      vi.resetModules();
      const { gradeDirectly } = await import('../../course-tools/src/proof/run-checks-directly.ts');
      const source = await pageSource(file);
      const [page, cli] = await Promise.all([
        gradeInWorker(spawn, exercise, source),
        gradeDirectly(exercise, file, checksFile(exercise.id)),
      ]);
      const compared = withoutTimeouts(cli, page);
      if (compared.timed > 0) {
        console.warn(`${exercise.id}: ${compared.timed} checks stopped for time in one runner`);
      }
      expect(compared.page).toEqual(compared.cli);
    },
  );
});
