import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { exercises } from '@xent/course';
import { describe, expect, test } from 'vitest';
import { inRelease, learnerReadme } from '../src/release.ts';
import { freshDir, REPO, runCommand } from './support/course.ts';

test.each([
  ['exercises/softmax/softmax.ts', true],
  ['packages/grader/suites/softmax.test.ts', true],
  ['.github/workflows/classroom.yml', true],
  ['solutions/softmax/softmax.ts', false],
  ['packages/grader/wrong/softmax/subtracts-min.ts', false],
  // the catalogue the grader's diagnosis reads: titles and questions, no answers
  ['packages/grader/wrong/misconceptions.ts', true],
  ['packages/grader/checks/softmax.ts', true],
  ['packages/grader/stubs/softmax.ts', true],
  ['.devcontainer/devcontainer.json', true],
  ['.vscode/tasks.json', true],
  ['.vscode/extensions.json', true],
  ['packages/grader/test/cli-commands.test.ts', false],
  ['packages/course-tools/test/release.test.ts', false],
  ['.github/workflows/ci.yml', false],
  ['site/node_modules/astro/package.json', false],
  ['packages/core/dist/index.js', false],
  ['.turbo/cache/x', false],
])('%s is in the release: %s', (file, kept) => {
  expect(inRelease(file)).toBe(kept);
});

test('the learner README drops the solutions row and says what the copy is', () => {
  const readme = learnerReadme(readFileSync(path.join(REPO, 'README.md'), 'utf8'));
  expect(readme).not.toContain('| `solutions/');
  expect(readme).toContain('## This copy of the course');
  expect(readme).toContain('## Quick start');
  expect(readme).not.toContain('instructors');
});

describe('a release, installed and graded as a learner would', () => {
  const dest = path.join(freshDir('release'), 'xent');
  const release = runCommand('course', ['release', dest]);
  const run = (command: string, args: string[]) =>
    spawnSync(command, args, {
      cwd: dest,
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });

  test('has no solutions, wrong implementations, builds or installs', () => {
    expect(release.status).toBe(0);
    for (const part of [
      'solutions',
      'packages/grader/wrong/softmax',
      'node_modules',
      '.git',
      'packages/grader/test',
    ])
      expect(existsSync(path.join(dest, part)), part).toBe(false);
    expect(existsSync(path.join(dest, 'exercises/softmax/softmax.ts'))).toBe(true);
  });

  test('installs from its frozen lockfile and grades the stubs: 0 points, exit 1, no crash', () => {
    const install = run('pnpm', ['install', '--offline', '--frozen-lockfile']);
    expect(install.status, install.stdout + install.stderr).toBe(0);
    const grade = run('pnpm', ['grade']);
    expect(grade.stdout).toContain(`0 of ${exercises.length} exercises · 0 of `);
    expect(grade.stdout + grade.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|ELIFECYCLE/);
    expect(grade.status).toBe(1);
  }, 300_000);

  test('refuses a folder that is not empty', () => {
    const again = runCommand('course', ['release', dest]);
    expect(again.stderr).toBe(`course: ${dest} is not empty: release into a new or empty folder\n`);
    expect(again.status).toBe(2);
  });
});
