import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CourseManifest } from '@xent/course';
import { describe, expect, test } from 'vitest';
import { checkCourse } from '../src/instructor/course-check.ts';
import { REPO } from './support/cli.ts';
import { copyCourse, editFile } from './support/course-copy.ts';
import { runInstructorCommand } from './support/instructor.ts';

// `pnpm course check` on the real course (files only here: the test script runs the graded check),
// then on copies broken on purpose, each of which must be reported with what to fix and where.

test('the course passes the file checks', async () => {
  expect((await checkCourse(REPO, { grade: false })).problems).toEqual([]);
});

/** Edits the manifest of a copy as data. */
function editManifest(root: string, edit: (manifest: CourseManifest) => void): void {
  editFile(root, 'packages/course/manifest.json', (source) => {
    const manifest = JSON.parse(source) as CourseManifest;
    edit(manifest);
    return JSON.stringify(manifest, null, 2);
  });
}

/** A way to break a copy of the course, and what the check must say. */
const BREAKAGES: Array<[string, (root: string) => void, string]> = [
  [
    'a stray file in an exercise folder',
    (root) => writeFileSync(path.join(root, 'exercises/softmax/notes.txt'), 'scratch'),
    "exercises/softmax/notes.txt is a stray file: the manifest's files for this exercise are softmax.ts, README.md",
  ],
  [
    'a file in exercises/ outside any exercise folder',
    (root) => writeFileSync(path.join(root, 'exercises/entropy.ts'), ''),
    'exercises/entropy.ts belongs to no exercise of packages/course/manifest.json',
  ],
  [
    'a missing lesson card',
    (root) =>
      editFile(root, 'site/src/content/docs/lessons/softmax.mdx', (s) =>
        s.replace('<ExerciseCard id="softmax" />', ''),
      ),
    `exercise 'softmax' has no card: add <ExerciseCard id="softmax" /> to site/src/content/docs/lessons/softmax.mdx`,
  ],
  [
    'a card for an unknown exercise',
    (root) =>
      editFile(
        root,
        'site/src/content/docs/lessons/information.mdx',
        (s) => `${s}\n<ExerciseCard id="entropy" />\n`,
      ),
    `site/src/content/docs/lessons/information.mdx shows <ExerciseCard id="entropy" />, but the manifest has no exercise 'entropy'`,
  ],
  [
    'a missing model solution',
    (root) => editManifest(root, (m) => m.exercises[0]?.files.push('helper.ts')),
    'solutions/softmax/helper.ts is missing (the model solution)',
  ],
  [
    'a stub that does not throw the TODO error',
    (root) =>
      editFile(root, 'exercises/softmax/softmax.ts', (s) =>
        s.replace("throw new Error('TODO: implement softmax');", 'return [];'),
      ),
    "exercises/softmax/softmax.ts must throw new Error('TODO: implement …')",
  ],
  [
    'a solution that imports the reference library',
    (root) =>
      editFile(
        root,
        'solutions/softmax/softmax.ts',
        (s) => `import { softmax as reference } from '@xent/core';\nvoid reference;\n${s}`,
      ),
    "solutions/softmax/softmax.ts: softmax.ts imports '@xent/core' on line 1, but exercises are plain TypeScript",
  ],
  [
    'a wrong implementation without its header',
    (root) =>
      editFile(root, 'packages/grader/wrong/softmax/subtracts-min.ts', (s) =>
        s.replace(' * Caught by:', ' * Caught:'),
      ),
    "packages/grader/wrong/softmax/subtracts-min.ts has no ' * Caught by: …' line in its header comment",
  ],
  [
    'an id the manifest does not allow',
    (root) =>
      editManifest(root, (m) => {
        if (m.exercises[0]) m.exercises[0].id = 'Softmax';
      }),
    'packages/course/manifest.json: exercises[0].id = "Softmax" is not a lower-case-kebab id',
  ],
  [
    'a classroom workflow that does not grade an exercise',
    (root) => {
      mkdirSync(path.join(root, '.github/workflows'), { recursive: true });
      writeFileSync(path.join(root, '.github/workflows/classroom.yml'), 'name: Autograding\n');
    },
    ".github/workflows/classroom.yml does not grade 'softmax': copy a grading step, with id: softmax",
  ],
];

describe.each(BREAKAGES)('a copy with %s', (_name, breakIt, message) => {
  test('is reported, and the command exits 1', () => {
    const root = copyCourse(['softmax']);
    breakIt(root);
    const run = runInstructorCommand('course', ['check', '--files-only', '--root', root]);
    expect(run.stdout + run.stderr).toContain(message);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

test('a failing solution and an uncaught wrong implementation are reported after one grading run', async () => {
  const root = copyCourse(['softmax']);
  writeFileSync(
    path.join(root, 'solutions/softmax/softmax.ts'),
    'export function softmax(logits: number[]): number[] {\n  return logits.map(() => 1 / logits.length);\n}\n',
  );
  editFile(root, 'packages/grader/wrong/softmax/subtracts-min.ts', (s) =>
    s.replace(
      'Caught by: survives logits of 1000',
      'Caught by: equal logits give equal probabilities',
    ),
  );
  const { problems } = await checkCourse(root);
  expect(problems).toEqual([
    expect.stringMatching(
      /^solutions\/softmax\/softmax\.ts: the model solution must score full marks, but it is failed \(0 of 10 points\)\n {4}✗ matches the reference on small logits: /,
    ),
    'packages/grader/wrong/softmax/subtracts-min.ts is not caught: its check "equal logits give equal probabilities" passes. Make the suite catch this mistake (subtracts the smallest logit instead of the largest, so a wide spread still overflows.) or name the check that does',
  ]);
}, 120_000);
