import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshDir, REPO, snapshot } from './support/cli.ts';

// The Classroom autograding job, step by step, on a learner's repository (a release copy: exercises/
// and no solutions/) in which one exercise is hostile. The guarantee: every exercise is graded with
// suites that no earlier step could change. So the job verifies the pinned tarballs, installs them
// outside the repository, grades every exercise in ONE step (before it, no learner code has run),
// and only then splits the points, with steps that read the report and run no grader code at all.

function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}`, stdout: run.stdout };
}

/** The step that splits the points: exit 0 when the report says exercise `id` passed. */
const POINTS_CHECK =
  "const r = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')); process.exit(r.exercises.some((e) => e.id === process.argv[2] && e.status === 'passed') ? 0 : 1)";

describe('the Classroom job: verify, install, grade once, split the points', () => {
  const packs = freshDir('classroom-packs');
  const runnerTemp = freshDir('runner-temp');
  const grader = path.join(runnerTemp, 'xent-grader');
  const repo = freshDir('learner-repo');
  const report = path.join(runnerTemp, 'xent-report.json');
  const canary = path.join(freshDir('canary'), 'written-by-an-exercise');
  const installedSuites = () => path.join(grader, 'node_modules', '@xent', 'grader', 'suites');
  let suitesBefore: Record<string, string> = {};

  test('a release: tarballs of @xent/core, @xent/course and @xent/grader, with their SHA-512 sums', () => {
    const core = path.join(REPO, 'packages/core');
    if (!existsSync(path.join(core, 'dist/index.js')))
      expect(sh('pnpm', ['run', 'build'], core).status).toBe(0);
    for (const name of ['core', 'course', 'grader']) {
      const pack = sh(
        'pnpm',
        ['pack', '--pack-destination', packs],
        path.join(REPO, 'packages', name),
      );
      expect(pack.status, pack.out).toBe(0);
    }
    // what the instructor pins in the workflow at release time
    const sums = readdirSync(packs)
      .map(
        (file) =>
          `${createHash('sha512')
            .update(readFileSync(path.join(packs, file)))
            .digest('hex')}  ${file}`,
      )
      .join('\n');
    writeFileSync(path.join(runnerTemp, 'SHA512SUMS'), `${sums}\n`);
  }, 180_000);

  test('step "Install the pinned grader": the tarballs are checked against the pinned sums, then installed', () => {
    mkdirSync(grader, { recursive: true });
    for (const file of readdirSync(packs)) cpSync(path.join(packs, file), path.join(grader, file));
    const check = sh('sha512sum', ['-c', path.join(runnerTemp, 'SHA512SUMS')], grader);
    expect(check.status, check.out).toBe(0);
    const tarball = (name: string) =>
      `file:./${readdirSync(packs).find((f) => f.startsWith(`xent-${name}-`))}`;
    writeFileSync(
      path.join(grader, 'package.json'),
      JSON.stringify({
        name: 'xent-classroom',
        private: true,
        type: 'module',
        devDependencies: { '@xent/grader': tarball('grader') },
        pnpm: {
          overrides: { '@xent/core': tarball('core'), '@xent/course': tarball('course') },
          onlyBuiltDependencies: ['esbuild'],
        },
      }),
    );
    const install = sh('pnpm', ['install', '--prefer-offline'], grader);
    expect(install.status, install.out).toBe(0);
    suitesBefore = snapshot(installedSuites());
    expect(Object.keys(suitesBefore).length).toBeGreaterThan(0);
  }, 240_000);

  test('a tampered tarball fails that check', () => {
    const copy = freshDir('tampered');
    for (const file of readdirSync(packs)) cpSync(path.join(packs, file), path.join(copy, file));
    const first = readdirSync(copy)[0] as string;
    writeFileSync(
      path.join(copy, first),
      Buffer.concat([readFileSync(path.join(copy, first)), Buffer.from('x')]),
    );
    expect(sh('sha512sum', ['-c', path.join(runnerTemp, 'SHA512SUMS')], copy).status).not.toBe(0);
  });

  test('step "Grade": one run grades every exercise; the hostile one reaches nothing', () => {
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
    const grade = sh(
      path.join(grader, 'node_modules/.bin/grade'),
      ['--exercises', 'exercises', '--json', report],
      repo,
    );
    expect(grade.status, grade.out).toBe(1);
    expect(grade.stdout).toContain('3 of 4 exercises · 60 of 70 points');
    expect(snapshot(installedSuites())).toEqual(suitesBefore);
    expect(existsSync(canary)).toBe(false);
  }, 180_000);

  test.each([
    { id: 'softmax', earns: false },
    { id: 'ce-backward', earns: true },
    { id: 'label-smoothing', earns: true },
    { id: 'focal-loss', earns: true },
  ])('step "$id": its points come from the report alone ($earns)', ({ id, earns }) => {
    const check = sh(process.execPath, ['-e', POINTS_CHECK, report, id], repo);
    expect(check.status === 0, check.out).toBe(earns);
  });
});
