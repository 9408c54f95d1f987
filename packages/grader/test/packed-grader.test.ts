import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshDir, REPO, submission } from './support/cli.ts';

// A classroom installs a pinned, packed grader and runs it on a learner's exercises/. This packs
// @xent/core, @xent/course and @xent/grader, installs the tarballs (other packages from pnpm's
// store when it has them) and grades a fixture submission whose own "suites" must change nothing.

function sh(command: string, args: string[], cwd: string) {
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}`, stdout: run.stdout };
}

describe('the packed grader', () => {
  const packs = freshDir('packs');
  const project = freshDir('classroom');
  const tarball = (name: string) =>
    path.join(packs, readdirSync(packs).find((f) => f.startsWith(`xent-${name}-`)) ?? name);

  test('packs @xent/core (built), @xent/course and @xent/grader', () => {
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
    expect(readdirSync(packs).sort()).toEqual([
      'xent-core-0.1.0.tgz',
      'xent-course-0.1.0.tgz',
      'xent-grader-0.1.0.tgz',
    ]);
  }, 120_000);

  test('installs from the tarballs, and its @xent/core works from dist', () => {
    const file = (name: string) => `file:${tarball(name)}`;
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({
        name: 'classroom',
        private: true,
        type: 'module',
        devDependencies: { '@xent/grader': file('grader'), '@xent/core': file('core') },
        pnpm: {
          overrides: { '@xent/core': file('core'), '@xent/course': file('course') },
          onlyBuiltDependencies: ['esbuild'],
        },
      }),
    );
    const install = sh('pnpm', ['install', '--prefer-offline'], project);
    expect(install.status, install.out).toBe(0);
    const core = sh(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { softmax } from '@xent/core'; console.log(softmax([0, 0]).join(' '));",
      ],
      project,
    );
    expect(core.stdout).toBe('0.5 0.5\n');
  }, 240_000);

  test("grades a learner's exercises with its own suites, whatever the learner's repository holds", () => {
    const learner = path.join(project, 'learner');
    mkdirSync(path.join(learner, 'packages/grader/suites'), { recursive: true });
    writeFileSync(
      path.join(learner, 'packages/grader/suites/softmax.test.ts'),
      "import { test } from 'vitest';\ntest('always passes', () => {});\n",
    );
    const exercises = submission({
      softmax:
        'export function softmax(logits: number[]): number[] {\n  return logits.map(() => 1);\n}\n',
    });
    const grade = sh(
      path.join(project, 'node_modules/.bin/grade'),
      ['--exercises', exercises, '--json', path.join(project, 'report.json')],
      learner,
    );
    expect(grade.stdout, grade.out).toMatch(/3 of 4 exercises · 60 of 70 points/);
    expect(grade.stdout).toContain('✗ matches the reference on small logits');
    expect(grade.status).toBe(1);
  }, 120_000);
});
