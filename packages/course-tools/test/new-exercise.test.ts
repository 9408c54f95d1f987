import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCourse } from '../src/instructor/course-check.ts';
import {
  camelCase,
  closestHeading,
  formatJson,
  newExercise,
  titleOf,
} from '../src/instructor/new-exercise.ts';
import { REPO } from './support/cli.ts';
import { copyCourse } from './support/course-copy.ts';
import { runInstructorCommand } from './support/instructor.ts';

test.each([
  ['kl-divergence', 'klDivergence', 'Kl divergence'],
  ['softmax', 'softmax', 'Softmax'],
  ['top-k-2', 'topK2', 'Top k 2'],
])('%s: function %s, default title %s', (id, fn, title) => {
  expect([camelCase(id), titleOf(id)]).toEqual([fn, title]);
});

test('formats the manifest exactly as Biome does', () => {
  const source = readFileSync(path.join(REPO, 'packages/course/manifest.json'), 'utf8');
  expect(`${formatJson(JSON.parse(source), 0)}\n`).toBe(source);
});

test.each([
  ['KL divergence', 'KL divergence: the extra cost'],
  ['Entropy in bits', 'Entropy: expected surprise'],
  ['Something else', 'Surprise'],
])('the feedback section for "%s" is "%s"', (title, heading) => {
  const lesson = readFileSync(
    path.join(REPO, 'site/src/content/docs/lessons/information.mdx'),
    'utf8',
  );
  expect(closestHeading(lesson, title)).toBe(heading);
});

test.each([
  [['softmax'], "new-exercise: exercise 'softmax' already exists in packages/course/manifest.json"],
  [['KL_divergence'], "new-exercise: 'KL_divergence' is not a valid exercise id"],
  [['kl-divergence', '--lesson', 'Info'], "new-exercise: 'Info' is not a valid lesson slug"],
  [[], 'new-exercise: give exactly one exercise id: pnpm new-exercise <id>'],
  [['a', '--frobnicate'], "new-exercise: unknown option '--frobnicate' (see --help)"],
])('new-exercise %j is refused with exit 2', (args, message) => {
  const root = copyCourse(['softmax']);
  const before = readFileSync(path.join(root, 'packages/course/manifest.json'), 'utf8');
  const run = runInstructorCommand('new-exercise', [...args, '--root', root]);
  expect(run.stderr).toContain(message);
  expect(run.status).toBe(2);
  expect(readFileSync(path.join(root, 'packages/course/manifest.json'), 'utf8')).toBe(before);
});

test('an exercise on a new lesson gets a new page, listed in the site', async () => {
  const root = copyCourse(['softmax']);
  newExercise(root, { id: 'entropy-bits', lesson: 'entropy', title: 'Entropy in bits' });
  const page = readFileSync(path.join(root, 'site/src/content/docs/lessons/entropy.mdx'), 'utf8');
  expect(page).toContain('<ExerciseCard id="entropy-bits" />');
  expect(readFileSync(path.join(root, 'site/src/lessons.ts'), 'utf8')).toContain(
    "{ slug: 'entropy', title: 'Entropy in bits' },",
  );
  const { problems } = await checkCourse(root, { grade: false });
  expect(problems).toEqual([
    'packages/grader/wrong/entropy-bits/ has 1 wrong implementation; write at least 6, one per likely mistake',
  ]);
});

/** Five more mistakes for the generated kl-divergence placeholder, each with the check that catches it. */
const MORE_WRONGS: Array<[string, string, string]> = [
  ['drops-first', 'returns one number per input value', 'values.slice(1)'],
  ['reversed', 'matches the reference on small inputs', '[...values].reverse()'],
  ['doubles', 'matches the reference on small inputs', 'values.map((v) => 2 * v)'],
  ['rounds', 'matches the reference on random inputs', 'values.map((v) => Math.round(v))'],
  ['absolute', 'matches the reference on small inputs', 'values.map((v) => Math.abs(v))'],
];

describe('the instructor flow on a copy: new-exercise, fill in, check, grade', () => {
  const root = copyCourse(['softmax']);
  const grader = path.join(root, 'packages/grader');
  const scaffold = runInstructorCommand(
    'new-exercise',
    ['kl-divergence', '--title', 'KL divergence', '--lesson', 'information'],
    { cwd: root, bin: path.join(grader, 'bin/xent-new-exercise.mjs') },
  );
  const generated = scaffold.stdout
    .split('\n')
    .filter((line) => /^ {2}[+~] /.test(line))
    .map((line) => line.slice(4));

  test('scaffolds every file and prints the checklist', () => {
    expect(scaffold.status).toBe(0);
    expect(generated).toEqual([
      'exercises/kl-divergence/kl-divergence.ts',
      'exercises/kl-divergence/README.md',
      'solutions/kl-divergence/kl-divergence.ts',
      'packages/grader/suites/kl-divergence.test.ts',
      'packages/grader/wrong/kl-divergence/mutates-input.ts',
      'packages/course/manifest.json',
      'packages/grader/suites/exercise-modules.d.ts',
      'packages/grader/suites/support/feedback.ts',
      'site/src/content/docs/lessons/information.mdx',
    ]);
    expect(scaffold.stdout).toContain('Left to write:');
    expect(
      readFileSync(path.join(root, 'exercises/kl-divergence/kl-divergence.ts'), 'utf8'),
    ).toContain("throw new Error('TODO: implement klDivergence');");
  });

  test('the generated files lint and type-check', () => {
    const files = generated.filter((f) => !f.endsWith('.md') && !f.endsWith('.mdx'));
    const lint = spawnSync(path.join(REPO, 'node_modules/.bin/biome'), ['check', ...files], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(lint.stdout + lint.stderr).toContain(`Checked ${files.length} files`);
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    const tsc = spawnSync(
      process.execPath,
      [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'],
      { cwd: grader, encoding: 'utf8' },
    );
    expect(tsc.stdout).not.toContain('error TS6053');
    const own = tsc.stdout
      .split('\n')
      .filter((line) => /kl-divergence|feedback|exercise-modules/.test(line));
    expect(own).toEqual([]);
  }, 120_000);

  test('with its wrong implementations written, course check accepts it and its solution passes', () => {
    for (const [slug, caughtBy, body] of MORE_WRONGS)
      writeFileSync(
        path.join(grader, 'wrong/kl-divergence', `${slug}.ts`),
        `/**\n * Mistake: ${slug}.\n * Caught by: ${caughtBy}\n */\nexport function klDivergence(values: number[]): number[] {\n  return ${body};\n}\n`,
      );
    const check = runInstructorCommand('course', ['check'], {
      cwd: root,
      bin: path.join(grader, 'bin/xent-course.mjs'),
    });
    expect(check.stdout).toContain('course check: all good · 2 exercises · 20 points');
    expect(check.status).toBe(0);
    const grade = spawnSync(
      process.execPath,
      [path.join(grader, 'bin/xent-grade.mjs'), 'kl-divergence', '--solutions'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(grade.stdout).toContain('1 of 1 exercises · 10 of 10 points');
    expect(grade.status).toBe(0);
    expect(existsSync(path.join(REPO, 'exercises/kl-divergence'))).toBe(false);
  }, 180_000);
});
