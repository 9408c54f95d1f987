import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GRADER_ROOT } from '../../src/runner/paths.ts';
import { freshDir, REPO, snapshot, submission } from '../support/cli.ts';

// Every file in this folder is one technique a learner's code could use to escape grading, earn
// points it did not compute, or stop the grader. Each is graded with one honest exercise beside it,
// as `pnpm grade` would, and must: earn nothing, leave the honest exercise graded, exit 1, finish
// in bounded time, write no file, make no connection (a loopback listener counts them) and print a
// bounded, clean report.

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BIN = path.join(GRADER_ROOT, 'bin', 'xent-grade.mjs');

interface Technique {
  file: string;
  technique: string;
  exercise: string;
  statuses: string[];
  heapMb?: number;
  source: string;
}

const field = (source: string, label: string) =>
  new RegExp(`^ \\* ${label}: (.+)$`, 'm').exec(source)?.[1]?.trim();

const corpus: Technique[] = readdirSync(HERE)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .sort()
  .map((file) => {
    const source = readFileSync(path.join(HERE, file), 'utf8');
    const heap = field(source, 'Heap');
    return {
      file,
      technique: field(source, 'Technique') ?? '',
      exercise: field(source, 'Exercise') ?? '',
      statuses: (field(source, 'Status') ?? '').split(','),
      ...(heap ? { heapMb: Number(heap) } : {}),
      source,
    };
  });

/** A loopback listener that counts the connections made to it. */
let listener: Server;
let connections = 0;
let port = 0;
let suitesBefore: Record<string, string>;

beforeAll(async () => {
  suitesBefore = snapshot(path.join(GRADER_ROOT, 'suites'));
  listener = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  port = (listener.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
});

/** Runs `grade` without blocking the listener's event loop; resolves with what it printed. */
function grade(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string; ms: number }>(
    (resolve) => {
      const start = performance.now();
      const child = spawn(process.execPath, [BIN, ...args], {
        cwd: REPO,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
        timeout: 90_000,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('close', (status) =>
        resolve({ status, stdout, stderr, ms: performance.now() - start }),
      );
    },
  );
}

test('the corpus has a file for each of at least 25 techniques, each fully described', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(25);
  for (const entry of corpus) {
    expect(entry.technique, entry.file).not.toBe('');
    expect(['softmax', 'ce-backward', 'label-smoothing', 'focal-loss'], entry.file).toContain(
      entry.exercise,
    );
    for (const status of entry.statuses)
      expect(['failed', 'error', 'timeout'], entry.file).toContain(status);
  }
});

/** What grading one technique gave, for the table below. */
interface Outcome {
  honest: string;
  canary: string;
  dir: string;
  before: Record<string, string>;
  json: string;
  run: Awaited<ReturnType<typeof grade>>;
}

const outcomes = new Map<string, Outcome>();

/** Grades every technique, two at a time (more would make honest answers slow on two cores). */
beforeAll(async () => {
  const queue = [...corpus];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const honest = entry.exercise === 'focal-loss' ? 'softmax' : 'focal-loss';
      const canary = path.join(freshDir('canary'), 'written-by-an-exercise');
      const dir = submission({
        [entry.exercise]: entry.source
          .replaceAll('__CANARY__', canary)
          .replaceAll('__PORT__', String(port)),
      });
      const before = snapshot(dir);
      const json = path.join(freshDir('report'), 'report.json');
      const run = await grade(
        [entry.exercise, honest, '--exercises', dir, '--json', json],
        entry.heapMb ? { XENT_GRADING_HEAP_MB: String(entry.heapMb) } : {},
      );
      outcomes.set(entry.file, { honest, canary, dir, before, json, run });
    }
  };
  await Promise.all([worker(), worker()]);
}, 900_000);

describe.each(corpus)('$file: $technique', (entry) => {
  test('earns nothing, and the rest is graded, in bounded time, with no trace', () => {
    const outcome = outcomes.get(entry.file) as Outcome;
    const { run, honest } = outcome;
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(readFileSync(outcome.json, 'utf8')) as {
      exercises: Array<{ id: string; status: string; score: number; durationMs: number }>;
    };
    const hostile = report.exercises.find((e) => e.id === entry.exercise);
    expect(hostile?.score).toBe(0);
    expect(entry.statuses).toContain(hostile?.status);
    expect(hostile?.durationMs).toBeLessThan(15_000);
    expect(report.exercises.find((e) => e.id === honest)).toMatchObject({ status: 'passed' });
    expect(run.ms).toBeLessThan(90_000);

    expect(existsSync(outcome.canary)).toBe(false);
    expect(snapshot(outcome.dir)).toEqual(outcome.before);
    expect(connections).toBe(0);

    expect(run.stdout.length).toBeLessThan(80_000);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes in the report are the failure
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stdout).toContain('1 of 2 exercises');
  });
});

test('no hostile exercise changed the grader’s suites', () => {
  expect(snapshot(path.join(GRADER_ROOT, 'suites'))).toEqual(suitesBefore);
});
