import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { exerciseSource, exercises } from '@xent/course';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.ts';
import {
  backUp,
  backupName,
  planReset,
  ResetError,
  resetExercise,
  stubFile,
  withoutGeneratedHeader,
} from '../src/cli/reset.ts';
import { freshDir, REPO, runGrade, snapshot } from './support/cli.ts';

const LEARNER_CODE = `export function softmax(logits: number[]): number[] {\n  return logits.map(() => 1 / logits.length); // my attempt\n}\n`;
const original = (id: string) => readFileSync(exerciseSource(path.join(REPO, 'exercises'), id));

/** A folder laid out like exercises/, holding the course's stubs, with `softmax` edited by the learner. */
function learnerFolder(): string {
  const dir = path.join(freshDir('learner'), 'exercises');
  cpSync(path.join(REPO, 'exercises'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'softmax', 'softmax.ts'), LEARNER_CODE);
  return dir;
}

/** A copy of this grader in `root`/packages/grader without its stubs/, running on this checkout's installs. */
function graderWithoutStubs(root: string): string {
  const source = path.join(REPO, 'packages/grader');
  const copy = path.join(root, 'packages/grader');
  const left = new Set(['node_modules', 'dist', 'stubs', 'test', 'wrong']);
  cpSync(source, copy, {
    recursive: true,
    filter: (file) => !left.has(path.relative(source, file).split(path.sep)[0] ?? ''),
  });
  symlinkSync(path.join(source, 'node_modules'), path.join(copy, 'node_modules'));
  cpSync(path.join(REPO, 'tsconfig.base.json'), path.join(root, 'tsconfig.base.json'));
  return copy;
}

/** Every file under a folder, or {} when it does not exist. */
const filesIn = (dir: string) => (existsSync(dir) ? snapshot(dir) : {});

describe('the stubs the grader ships', () => {
  test('are the course stubs byte for byte once their generated header is dropped', () => {
    for (const { id } of exercises) {
      const copy = withoutGeneratedHeader(readFileSync(stubFile(id)));
      expect(copy.equals(readFileSync(exerciseSource(path.join(REPO, 'exercises'), id))), id).toBe(
        true,
      );
    }
  });
  test('a file without the header is taken as it is', () => {
    const text = Buffer.from('export const x = 1;\n');
    expect(withoutGeneratedHeader(text).equals(text)).toBe(true);
  });
});

describe('planReset and backUp', () => {
  test.each([
    // An id the manifest does not list.
    [
      'nope',
      REPO,
      `unknown exercise 'nope'; valid exercise ids: ${exercises.map((e) => e.id).join(', ')}`,
    ],
    // A grader without stubs/ (an old or broken install).
    [
      'softmax',
      freshDir('no-stubs'),
      /no pristine stub for 'softmax' in the grader \(expected .*stubs.softmax\.ts\); nothing changed/,
    ],
  ])('refuses %s with a clear error', (id, graderRoot, message) => {
    const dir = learnerFolder();
    const before = snapshot(dir);
    expect(() => planReset(id, dir, exercises, path.join(graderRoot, 'packages/grader'))).toThrow(
      ResetError,
    );
    expect(() => planReset(id, dir, exercises, path.join(graderRoot, 'packages/grader'))).toThrow(
      message,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  test('sees an untouched file as the stub, an edited one as not', () => {
    const dir = learnerFolder();
    expect(planReset('ce-backward', dir, exercises).pristine).toBe(true);
    expect(planReset('softmax', dir, exercises).pristine).toBe(false);
  });

  test('names backups by time, without characters a file system may refuse', () => {
    expect(backupName(new Date(Date.UTC(2026, 10, 29, 13, 5, 9, 42)))).toBe(
      '2026-11-29T13-05-09-042Z.ts',
    );
  });

  test('keeps two backups made in the same millisecond apart', () => {
    const plan = planReset('softmax', learnerFolder(), exercises);
    const state = freshDir('state');
    const time = new Date(Date.UTC(2026, 0, 1));
    const first = backUp(plan, state, time);
    const second = backUp(plan, state, time);
    expect(first).not.toBe(second);
    expect(readdirSync(path.join(state, 'backups', 'softmax')).sort()).toEqual([
      '2026-01-01T00-00-00-000Z-1.ts',
      '2026-01-01T00-00-00-000Z.ts',
    ]);
  });

  test('fails clearly when the state folder cannot be written', () => {
    const plan = planReset('softmax', learnerFolder(), exercises);
    const blocker = path.join(freshDir('state'), 'a-file');
    writeFileSync(blocker, '');
    expect(() => backUp(plan, path.join(blocker, 'xent'), new Date())).toThrow(
      /cannot write a backup into the state folder .*a-file.xent.backups.softmax \(ENOTDIR\); nothing changed/,
    );
  });
});

describe('resetExercise', () => {
  const request = (
    dir: string,
    stateDir: string,
    extra: Partial<Parameters<typeof resetExercise>[0]>,
  ) => {
    const out: string[] = [];
    return {
      out,
      run: () =>
        resetExercise({
          id: 'softmax',
          yes: false,
          exercisesDir: dir,
          folder: 'exercises',
          stateDir,
          known: exercises,
          ask: undefined,
          out: { write: (text: string) => out.push(text) },
          now: () => new Date(Date.UTC(2026, 10, 29, 12, 0, 0)),
          ...extra,
        }),
    };
  };

  test('refuses without a terminal or --yes, and changes nothing', async () => {
    const dir = learnerFolder();
    const state = freshDir('state');
    const before = snapshot(dir);
    await expect(request(dir, state, {}).run()).rejects.toThrow(
      /outside a terminal, add --yes to confirm\. Nothing changed\./,
    );
    expect(snapshot(dir)).toEqual(before);
    expect(filesIn(state)).toEqual({});
  });

  test.each([
    ['y', 0, true],
    ['yes', 0, true],
    ['n', 1, false],
    ['', 1, false],
  ])('on a terminal, answering %j exits %i and resets: %s', async (answer, status, resets) => {
    const dir = learnerFolder();
    const state = freshDir('state');
    const questions: string[] = [];
    const { run } = request(dir, state, {
      ask: async (question) => {
        questions.push(question);
        return /^y(es)?$/.test(answer);
      },
    });
    expect(await run()).toBe(status);
    expect(questions).toEqual([
      'Put the stub back in exercises/softmax/softmax.ts? Your version is backed up first. [y/N] ',
    ]);
    const file = readFileSync(path.join(dir, 'softmax', 'softmax.ts'));
    expect(file.equals(original('softmax'))).toBe(resets);
    expect(Object.keys(filesIn(state)).length).toBe(resets ? 1 : 0);
  });

  test('with --yes, backs up the learner file, prints where, and restores the stub byte for byte', async () => {
    const dir = learnerFolder();
    const state = freshDir('state');
    const { run, out } = request(dir, state, { yes: true });
    expect(await run()).toBe(0);
    const backup = path.join(state, 'backups', 'softmax', '2026-11-29T12-00-00-000Z.ts');
    expect(readFileSync(backup, 'utf8')).toBe(LEARNER_CODE);
    expect(out.join('')).toBe(
      `Your version of exercises/softmax/softmax.ts is saved in\n  ${backup}\nexercises/softmax/softmax.ts is the stub again.\n`,
    );
    expect(readFileSync(path.join(dir, 'softmax', 'softmax.ts')).equals(original('softmax'))).toBe(
      true,
    );
    expect(
      withoutGeneratedHeader(readFileSync(stubFile('softmax'))).equals(original('softmax')),
    ).toBe(true);
  });

  test('leaves a file that already is the stub alone, with no backup', async () => {
    const dir = learnerFolder();
    const state = freshDir('state');
    const { run, out } = request(dir, state, { id: 'ce-backward', yes: true });
    const before = snapshot(dir);
    expect(await run()).toBe(0);
    expect(out.join('')).toBe(
      'exercises/ce-backward/ce-backward.ts is already the stub; nothing changed.\n',
    );
    expect(snapshot(dir)).toEqual(before);
    expect(filesIn(state)).toEqual({});
  });

  test('brings back a deleted exercise file, with nothing to back up', async () => {
    const dir = learnerFolder();
    rmSync(path.join(dir, 'softmax'), { recursive: true });
    const state = freshDir('state');
    const { run, out } = request(dir, state, { yes: true });
    expect(await run()).toBe(0);
    expect(out.join('')).toBe('exercises/softmax/softmax.ts is the stub again.\n');
    expect(readFileSync(path.join(dir, 'softmax', 'softmax.ts')).equals(original('softmax'))).toBe(
      true,
    );
  });

  test('an unwritable state folder changes nothing', async () => {
    const dir = learnerFolder();
    const blocker = path.join(freshDir('state'), 'a-file');
    writeFileSync(blocker, '');
    const before = snapshot(dir);
    await expect(request(dir, blocker, { yes: true }).run()).rejects.toThrow(ResetError);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('grade --reset on a terminal', () => {
  test('asks, reads the answer from standard input and resets', async () => {
    const root = path.dirname(learnerFolder());
    const state = freshDir('state');
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const out: string[] = [];
    const running = main({
      argv: ['--reset', 'softmax'],
      env: { NO_COLOR: '1', XENT_STATE_DIR: state },
      cwd: root,
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => out.push(text) },
      stdin,
    });
    stdin.end('y\n');
    expect(await running).toBe(0);
    expect(out.join('')).toContain('[y/N] ');
    expect(out.join('')).toContain('exercises/softmax/softmax.ts is the stub again.');
    expect(
      readFileSync(path.join(root, 'exercises/softmax/softmax.ts')).equals(original('softmax')),
    ).toBe(true);
  });
});

describe('pnpm grade --reset in a copy of the course, as a learner runs it', () => {
  // The learner's course folder; the grader that runs is this checkout's, with its stubs.
  const root = path.dirname(learnerFolder());
  const file = path.join(root, 'exercises/softmax/softmax.ts');
  const edit = () => writeFileSync(file, LEARNER_CODE);

  test.each([
    // No terminal (the test's standard input is a pipe) and no --yes.
    [
      ['--reset', 'softmax'],
      1,
      /^grade --reset: --reset softmax replaces exercises\/softmax\/softmax\.ts; outside a terminal, add --yes to confirm\. Nothing changed\.\n$/,
      undefined,
    ],
    [
      ['--reset', 'nope', '--yes'],
      2,
      /^grade: unknown exercise 'nope' for --reset; valid exercise ids: /,
      undefined,
    ],
    [
      ['--reset', 'softmax', 'ce-backward', '--yes'],
      2,
      /^grade: --reset works alone on your exercises\/ folder; drop ce-backward\n$/,
      undefined,
    ],
    [
      ['--reset', 'softmax', '--solutions', '--yes'],
      2,
      /^grade: --reset works alone on your exercises\/ folder; drop --solutions\n$/,
      undefined,
    ],
    [['--yes'], 2, /^grade: --yes only confirms --reset <id>\n$/, undefined],
    // A state folder that cannot be made: its parent is a file.
    [
      ['--reset', 'softmax', '--yes'],
      1,
      /^grade --reset: cannot write a backup into the state folder .* \(ENOTDIR\); nothing changed\n$/,
      'blocked',
    ],
  ])('%j exits %i with a clear error and changes nothing', (args, status, message, state) => {
    edit();
    let stateDir = freshDir('state');
    if (state === 'blocked') {
      writeFileSync(path.join(stateDir, 'a-file'), '');
      stateDir = path.join(stateDir, 'a-file');
    }
    const before = snapshot(path.join(root, 'exercises'));
    const run = runGrade(args, { cwd: root, stateDir });
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(status);
    expect(snapshot(path.join(root, 'exercises'))).toEqual(before);
    if (state !== 'blocked') expect(filesIn(stateDir)).toEqual({});
  });

  test('a grader without its stubs gives a clear error and changes nothing', () => {
    const grader = graderWithoutStubs(root);
    edit();
    const before = snapshot(path.join(root, 'exercises'));
    const run = spawnSync(
      process.execPath,
      [path.join(grader, 'bin/xent-grade.mjs'), '--reset', 'softmax', '--yes'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: '1', XENT_STATE_DIR: freshDir('state') },
      },
    );
    expect(existsSync(path.join(grader, 'stubs'))).toBe(false);
    expect(run.stderr).toMatch(
      /^grade --reset: no pristine stub for 'softmax' in the grader \(expected .*packages.grader.stubs.softmax\.ts\); nothing changed\n$/,
    );
    expect(run.status).toBe(1);
    expect(snapshot(path.join(root, 'exercises'))).toEqual(before);
  });

  test('--yes restores the stub byte for byte, backs up into XDG_STATE_HOME, and grade still runs', () => {
    edit();
    const xdg = freshDir('xdg');
    const reset = runGrade(['--reset', 'softmax', '--yes'], {
      cwd: path.join(root, 'exercises', 'softmax'),
      env: { XENT_STATE_DIR: undefined, XDG_STATE_HOME: xdg },
    });
    expect(reset.stderr).toBe('');
    expect(reset.status).toBe(0);
    expect(readFileSync(file).equals(original('softmax'))).toBe(true);
    const printed = reset.stdout.match(/saved in\n {2}(.+\.ts)\n/)?.[1] ?? '';
    expect(path.dirname(printed)).toBe(path.join(xdg, 'xent', 'backups', 'softmax'));
    expect(path.basename(printed)).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.ts$/);
    expect(readFileSync(printed, 'utf8')).toBe(LEARNER_CODE);

    const grade = runGrade(['softmax'], { cwd: root });
    expect(grade.status).toBe(1);
    expect(grade.stdout).toMatch(/○ A softmax that never overflows\s+0\/10\s+not started/);
  });
});
