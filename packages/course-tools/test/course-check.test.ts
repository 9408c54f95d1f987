import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CourseManifest } from '@xent/course';
import { expect, test } from 'vitest';
import { checkCourse } from '../src/course-check.ts';
import { copyCourse, editFile, REPO, runCommand } from './support/course.ts';

// `pnpm course check` on the real course (files only here: the test script runs the graded check
// once, as the proof run), then on copies broken on purpose, each of which must be reported with
// what to fix and where.

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

const SOFTMAX_PAGE = 'site/src/content/docs/lessons/softmax.mdx';

/** A way to break a copy of the course, and what the check must say. */
const BREAKAGES: Array<[string, (root: string) => void, string]> = [
  [
    'a stray file in an exercise folder',
    (root) => writeFileSync(path.join(root, 'exercises/softmax/notes.txt'), 'scratch'),
    'exercises/softmax/notes.txt is a stray file: this folder holds only softmax.ts and README.md',
  ],
  [
    'a file in exercises/ outside any exercise folder',
    (root) => writeFileSync(path.join(root, 'exercises/entropy.ts'), ''),
    'exercises/entropy.ts belongs to no exercise of the manifest',
  ],
  [
    'a missing lesson card',
    (root) => editFile(root, SOFTMAX_PAGE, (s) => s.replace('<ExerciseCard id="softmax" />', '')),
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
    (root) => rmSync(path.join(root, 'solutions/softmax/softmax.ts')),
    'solutions/softmax/softmax.ts is missing',
  ],
  [
    'missing checks',
    (root) => rmSync(path.join(root, 'packages/grader/checks/softmax.ts')),
    "packages/grader/checks/softmax.ts is missing: define the checks of 'softmax'",
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
    'solutions/softmax/softmax.ts: ',
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
    'an exercise on a lesson the manifest does not list',
    (root) =>
      editManifest(root, (m) => {
        if (m.exercises[0]) m.exercises[0].lesson = 'entropy';
      }),
    `packages/course/manifest.json: exercises[0] ('softmax').lesson = "entropy" is not one of the manifest's lessons`,
  ],
  [
    'a renamed heading that a check links to',
    (root) =>
      editFile(root, SOFTMAX_PAGE, (s) =>
        s.replace('## Overflow and the max trick', '## Overflow, and the max trick'),
      ),
    `site/src/content/docs/lessons/softmax.mdx has no heading "Overflow and the max trick", which the checks of 'softmax' send learners to (section 'overflow' in the manifest)`,
  ],
  [
    'a lesson page the manifest does not list',
    (root) =>
      writeFileSync(
        path.join(root, 'site/src/content/docs/lessons/entropy.mdx'),
        '---\ntitle: Entropy\n---\n',
      ),
    `site/src/content/docs/lessons/entropy.mdx is not a lesson of the manifest: add 'entropy' to "lessons"`,
  ],
  [
    'a renamed lesson title (the generated titles are stale)',
    (root) =>
      editFile(root, SOFTMAX_PAGE, (s) =>
        s.replace('title: Softmax and temperature', 'title: Softmax'),
      ),
    'packages/course/src/generated/lesson-titles.ts is stale (it differs from what the course model gives): run pnpm course sync',
  ],
  [
    'a hand-edited classroom workflow',
    (root) =>
      editFile(root, '.github/workflows/classroom.yml', (s) =>
        s.replace('max-score: 10', 'max-score: 15'),
      ),
    '.github/workflows/classroom.yml is stale (it differs from what the course model gives): run pnpm course sync',
  ],
];

/** The problems `course check --files-only` finds in a copy, or the one-line error it stops with. */
async function problemsOf(root: string): Promise<string[]> {
  try {
    return (await checkCourse(root, { grade: false })).problems;
  } catch (error) {
    return [(error as Error).message];
  }
}

test.each(BREAKAGES)('a copy with %s is reported', async (_name, breakIt, message) => {
  const root = await copyCourse(['softmax']);
  breakIt(root);
  expect((await problemsOf(root)).join('\n')).toContain(message);
});

test('the command reports problems one per line, exits 1 and prints no stack trace', async () => {
  const root = await copyCourse(['softmax']);
  rmSync(path.join(root, 'solutions/softmax/softmax.ts'));
  editManifest(root, (m) => {
    if (m.exercises[0]) m.exercises[0].id = 'Softmax';
  });
  const run = runCommand('course', ['check', '--files-only', '--root', root]);
  expect(run.stderr).toBe(
    'course: packages/course/manifest.json: exercises[0].id = "Softmax" is not a lower-case-kebab id\n',
  );
  expect(run.status).toBe(1);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
});

test('a copy fixed by pnpm course sync passes again', async () => {
  const root = await copyCourse(['softmax']);
  editFile(root, SOFTMAX_PAGE, (s) =>
    s.replace('title: Softmax and temperature', 'title: Softmax'),
  );
  expect(runCommand('course', ['sync', '--root', root]).stdout).toContain(
    '~ packages/course/src/generated/lesson-titles.ts',
  );
  const run = runCommand('course', ['check', '--files-only', '--root', root]);
  expect(run.stdout).toContain('course check: all good');
  expect(run.status).toBe(0);
});

test('a failing solution and an uncaught wrong implementation are reported after one grading run', async () => {
  const root = await copyCourse(['softmax']);
  writeFileSync(
    path.join(root, 'solutions/softmax/softmax.ts'),
    'export function softmax(logits: number[]): number[] {\n  return logits.map(() => 1 / logits.length);\n}\n',
  );
  editFile(root, 'packages/grader/wrong/softmax/subtracts-min.ts', (s) =>
    s.replace(/Caught by: .*/, 'Caught by: equal logits give equal probabilities'),
  );
  const { problems } = await checkCourse(root);
  expect(problems).toEqual([
    expect.stringMatching(
      /^solutions\/softmax\/softmax\.ts: the model solution must score full marks, but it is failed \(0 of 10 points\)\n {4}✗ matches the reference on small logits: /,
    ),
    expect.stringMatching(
      /^packages\/grader\/wrong\/softmax\/subtracts-min\.ts is not caught: its check "equal logits give equal probabilities" passes\./,
    ),
  ]);
}, 120_000);
