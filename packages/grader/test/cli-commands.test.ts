import path from 'node:path';
import { exercises } from '@xent/course';
import { describe, expect, test } from 'vitest';
import { freshDir, REPO, readReport, runGrade, snapshot } from './support/cli.ts';

const ids = exercises.map((e) => e.id);
const maxScore = exercises.reduce((total, e) => total + e.points, 0);

describe('pnpm grade on the stubs', () => {
  const before = snapshot(path.join(REPO, 'exercises'));
  const json = path.join(freshDir('report'), 'report.json');
  const run = runGrade(['--json', json]);
  const report = readReport(json);

  test('scores 0, exits 1 and reports every exercise as not started', () => {
    expect(run.status).toBe(1);
    expect(report).toMatchObject({ version: 1, score: 0, maxScore });
    expect(report.exercises.map((e) => [e.id, e.status])).toEqual(
      ids.map((id) => [id, 'not-started']),
    );
  });
  test('names the first exercise as the next step, with its file, lesson and how to get a hint', () => {
    const first = exercises[0];
    expect(run.stdout).toContain(`Next: ${first?.title}`);
    expect(run.stdout).toContain(`exercises/${first?.id}/${first?.id}.ts`);
    expect(run.stdout).toContain(`/lessons/${first?.lesson}/`);
    expect(run.stdout).toContain(`pnpm grade --hint ${first?.id}`);
    expect(run.stdout).toContain('Not started yet');
  });
  test('prints no stack trace and no colour when output is not a terminal', () => {
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stdout).not.toContain('\u001b[');
  });
  test('writes JSON in the documented shape', () => {
    for (const e of report.exercises) {
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining([
          'id',
          'title',
          'status',
          'score',
          'maxScore',
          'durationMs',
          'tests',
        ]),
      );
      expect(e.tests.length).toBeGreaterThan(0);
      for (const t of e.tests) expect(['passed', 'failed']).toContain(t.status);
    }
    expect(report.target).toBe(path.join(REPO, 'exercises'));
  });
  test('never writes into exercises/', () => {
    expect(snapshot(path.join(REPO, 'exercises'))).toEqual(before);
  });
});

describe('pnpm grade --solutions', () => {
  const run = runGrade(['--solutions']);
  test('gives full marks and exits 0', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `${ids.length} of ${ids.length} exercises · ${maxScore} of ${maxScore} points`,
    );
  });
});

describe('choosing exercises', () => {
  test('pnpm grade <id> grades only that exercise', () => {
    const run = runGrade(['--solutions', 'softmax']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 of 1 exercises');
    expect(run.stdout).not.toContain(exercises.find((e) => e.id !== 'softmax')?.title);
  });
  test.each([
    // an unknown id lists the valid ones
    [['nope'], `grade: unknown exercise 'nope'; valid exercise ids: ${ids.join(', ')}`],
    [['--frobnicate'], "grade: unknown option '--frobnicate' (see --help)"],
    [
      ['--hint', 'nope'],
      `grade: unknown exercise 'nope' for --hint; valid exercise ids: ${ids.join(', ')}`,
    ],
    [['--json'], 'grade: --json needs a value'],
    [['--solutions', '--exercises', '.'], 'grade: use only one of --solutions and --exercises'],
    [['--exercises', '/no/such/folder'], "grade: --exercises: '/no/such/folder' is not a folder"],
    [
      ['--json', 'exercises/report.json'],
      'grade: --json: the grader never writes into exercises/; choose a file outside it',
    ],
  ])('usage error %j exits 2 with a clear message', (args, message) => {
    const run = runGrade(args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(message);
    expect(run.stdout).toBe('');
  });
  test('--help lists the commands and the exercise ids, and exits 0', () => {
    const run = runGrade(['--help']);
    expect(run.status).toBe(0);
    for (const flag of ['--hint', '--watch', '--solutions', '--exercises', '--json'])
      expect(run.stdout).toContain(flag);
    expect(run.stdout).toContain(ids.join(', '));
  });
});

describe('hints', () => {
  test('each call shows the next hint, then the last one again, keeping state outside exercises/', () => {
    const stateDir = freshDir('hints');
    const exercise = exercises[0];
    const hints = exercise?.hints ?? [];
    const shown = Array.from({ length: hints.length + 1 }, () =>
      runGrade(['--hint', exercise?.id ?? ''], { stateDir }),
    );
    shown.forEach((run, i) => {
      const n = Math.min(i, hints.length - 1);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Hint ${n + 1} of ${hints.length}`);
      expect(run.stdout).toContain(hints[n]);
    });
    expect(shown.at(-1)?.stdout).toContain('That is the last hint');
  });
});
