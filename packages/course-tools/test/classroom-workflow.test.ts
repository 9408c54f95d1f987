import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exercises } from '@xent/course';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { freshDir, REPO, snapshot } from './support/course.ts';

// The Classroom autograding job of the generated workflow, run step by step from its own text on a
// learner's repository (exercises/ and no solutions/) in which one exercise is hostile. The
// guarantee: every exercise is graded with suites that no earlier step could change. So the job
// verifies the pinned tarballs, installs them outside the repository, grades every exercise in ONE
// step (before it, no learner code has run), and only then splits the points, with steps that read
// the report and run no grader code at all.

interface Step {
  name?: string;
  run?: string;
  with?: { command?: string; 'max-score'?: number };
}
const workflow = parse(
  readFileSync(path.join(REPO, '.github/workflows/classroom.yml'), 'utf8'),
) as {
  env: Record<string, string>;
  jobs: { autograding: { steps: Step[] } };
};
const steps = workflow.jobs.autograding.steps;
const step = (name: string) => {
  const found = steps.find((s) => s.name === name);
  if (!found) throw new Error(`the Classroom workflow has no step "${name}"`);
  return found;
};

/** `${{ runner.temp }}` in a step's text, which GitHub replaces with the runner's temporary folder. */
const RUNNER_TEMP_EXPRESSION = /\$\{\{ runner\.temp \}\}/g;

function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}`, stdout: run.stdout };
}

describe('the Classroom job: verify, install, grade once, split the points', () => {
  const packs = freshDir('classroom-packs');
  const runnerTemp = freshDir('runner-temp');
  const grader = path.join(runnerTemp, 'xent-grader');
  const repo = freshDir('learner-repo');
  const canary = path.join(freshDir('canary'), 'written-by-an-exercise');
  const installedSuites = () => path.join(grader, 'node_modules', '@xent', 'grader', 'suites');
  const env = { RUNNER_TEMP: runnerTemp, XENT_GRADER_VERSION: workflow.env.XENT_GRADER_VERSION };
  let sums = '';
  let suitesBefore: Record<string, string> = {};

  test('a release: the tarballs of @xent/core and @xent/grader, and their SHA-512 sums', () => {
    const core = path.join(REPO, 'packages/core');
    if (!existsSync(path.join(core, 'dist/index.js')))
      expect(sh('pnpm', ['run', 'build'], core).status).toBe(0);
    for (const name of ['core', 'grader']) {
      const pack = sh(
        'pnpm',
        ['pack', '--pack-destination', packs],
        path.join(REPO, 'packages', name),
      );
      expect(pack.status, pack.out).toBe(0);
    }
    // what the instructor pins as XENT_GRADER_SHA512SUMS at release time
    sums = readdirSync(packs)
      .map(
        (file) =>
          `${createHash('sha512')
            .update(readFileSync(path.join(packs, file)))
            .digest('hex')}  ${file}`,
      )
      .join('\n');
  }, 180_000);

  test('step "Verify and install": a tampered tarball stops it before anything is installed', () => {
    const tamperedTemp = freshDir('tampered-runner-temp');
    const folder = path.join(tamperedTemp, 'xent-grader');
    mkdirSync(folder);
    for (const file of readdirSync(packs)) cpSync(path.join(packs, file), path.join(folder, file));
    writeFileSync(path.join(folder, readdirSync(packs)[0] as string), 'x', { flag: 'a' });
    const script = step('Verify and install the pinned grader').run ?? '';
    const run = sh('bash', ['-e', '-c', script], repo, {
      ...env,
      RUNNER_TEMP: tamperedTemp,
      XENT_GRADER_SHA512SUMS: sums,
    });
    expect(run.status, run.out).not.toBe(0);
    expect(run.out).toContain('FAILED');
    expect(existsSync(path.join(folder, 'node_modules'))).toBe(false);
  });

  test('step "Verify and install": the tarballs match the pinned sums and install outside the repository', () => {
    for (const file of readdirSync(packs)) cpSync(path.join(packs, file), path.join(grader, file));
    const run = sh(
      'bash',
      ['-e', '-c', step('Verify and install the pinned grader').run ?? ''],
      repo,
      {
        ...env,
        XENT_GRADER_SHA512SUMS: sums,
      },
    );
    expect(run.status, run.out).toBe(0);
    suitesBefore = snapshot(installedSuites());
    expect(Object.keys(suitesBefore).length).toBeGreaterThan(0);
  }, 240_000);

  test('step "Grade every exercise": one run grades them all; the hostile one reaches nothing', () => {
    cpSync(path.join(REPO, 'solutions'), path.join(repo, 'exercises'), { recursive: true });
    const suite = path.join(installedSuites(), 'softmax.test.ts');
    writeFileSync(
      path.join(repo, 'exercises', 'softmax', 'softmax.ts'),
      [
        '// rewrites the pinned suites so that later steps grade with suites that always pass',
        'export function softmax(logits: number[]): number[] {',
        "  const host = (logits as any).constructor.constructor('return process')();",
        `  host.mainModule.require('fs').writeFileSync(${JSON.stringify(suite)}, "import { test } from 'vitest'; test('x', () => {});");`,
        `  host.mainModule.require('fs').writeFileSync(${JSON.stringify(canary)}, 'x');`,
        '  return logits;',
        '}',
      ].join('\n'),
    );
    const run = sh('bash', ['-e', '-c', step('Grade every exercise').run ?? ''], repo, env);
    expect(run.status, run.out).toBe(0);
    const total = exercises.reduce((sum, e) => sum + e.points, 0);
    const softmax = exercises.find((e) => e.id === 'softmax')?.points ?? 0;
    expect(run.stdout).toContain(
      `${exercises.length - 1} of ${exercises.length} exercises · ${total - softmax} of ${total} points`,
    );
    expect(snapshot(installedSuites())).toEqual(suitesBefore);
    expect(existsSync(canary)).toBe(false);
  }, 180_000);

  test.each(exercises.map((e) => ({ id: e.id, points: e.points, earns: e.id !== 'softmax' })))(
    'step $id: its $points points come from the report alone (earned: $earns)',
    ({ id, points, earns }) => {
      const pointsStep = steps.find((s) => s.with?.command?.endsWith(` ${id}`));
      expect(pointsStep?.with?.['max-score']).toBe(points);
      const command = (pointsStep?.with?.command ?? '').replace(RUNNER_TEMP_EXPRESSION, runnerTemp);
      const check = sh('bash', ['-c', command], repo);
      expect(check.status === 0, check.out).toBe(earns);
    },
  );
});
