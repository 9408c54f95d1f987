import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { freshDir, REPO } from './cli.ts';

/** What a course copy holds: the parts `course check` and `new-exercise` read, and the grader itself. */
const COPIED = [
  'README.md',
  '.gitignore',
  'package.json',
  'biome.json',
  'tsconfig.base.json',
  'exercises',
  'solutions',
  'packages/course/package.json',
  'packages/course/manifest.json',
  'packages/course/src',
  'packages/grader/package.json',
  'packages/grader/tsconfig.json',
  'packages/grader/bin',
  'packages/grader/scripts',
  'packages/grader/src',
  'packages/grader/suites',
  'packages/grader/wrong',
  'site/src/lessons.ts',
  'site/src/content/docs/lessons',
];

/**
 * A copy of the course in a temporary folder, with only the exercises `ids` (all by default) and
 * cards of the others removed from the lessons. Its grader runs from the copy, with its own suites
 * and manifest: node_modules link to the real installs except @xent/course, which is the copy's.
 */
export function copyCourse(ids?: string[]): string {
  const root = freshDir('course');
  for (const part of COPIED)
    cpSync(path.join(REPO, part), path.join(root, part), { recursive: true });
  const manifestFile = path.join(root, 'packages/course/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    exercises: Array<{ id: string }>;
  };
  const dropped = manifest.exercises.map((e) => e.id).filter((id) => ids && !ids.includes(id));
  if (dropped.length > 0) {
    manifest.exercises = manifest.exercises.filter((e) => !dropped.includes(e.id));
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    for (const id of dropped) {
      for (const dir of ['exercises', 'solutions', 'packages/grader/wrong'])
        rmSync(path.join(root, dir, id), { recursive: true });
      rmSync(path.join(root, 'packages/grader/suites', `${id}.test.ts`));
      editFile(root, lessonOf(id), (s) => s.replace(`<ExerciseCard id="${id}" />`, ''));
    }
  }
  linkModules(root);
  return root;
}

function lessonOf(id: string): string {
  const lessons = path.join(REPO, 'site/src/content/docs/lessons');
  const page = readdirSync(lessons).find((f) =>
    readFileSync(path.join(lessons, f), 'utf8').includes(`<ExerciseCard id="${id}" />`),
  );
  return `site/src/content/docs/lessons/${page}`;
}

/** Rewrites one file of a copy. */
export function editFile(root: string, file: string, edit: (source: string) => string): void {
  const full = path.join(root, file);
  writeFileSync(full, edit(readFileSync(full, 'utf8')));
}

function linkModules(root: string): void {
  const real = path.join(REPO, 'packages/grader/node_modules');
  const own = path.join(root, 'packages/grader/node_modules');
  mkdirSync(path.join(own, '@xent'), { recursive: true });
  for (const name of readdirSync(real)) {
    if (name !== '@xent') symlinkSync(path.join(real, name), path.join(own, name));
  }
  symlinkSync(path.join(REPO, 'packages/core'), path.join(own, '@xent/core'));
  symlinkSync(path.join(root, 'packages/course'), path.join(own, '@xent/course'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'));
}
