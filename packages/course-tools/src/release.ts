import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InstructorError } from './layout.ts';

/** Folder names never copied: installs, caches and build outputs. */
const SKIPPED_NAMES = new Set(['node_modules', '.git', '.turbo', 'dist', '.astro', 'coverage']);

/** Paths (from the course root) learners do not get: answers, the mistakes that prove the suites, the grader's own tests and the course's own CI. */
export const INSTRUCTOR_ONLY = [
  'solutions',
  'packages/grader/wrong',
  'packages/grader/test',
  'packages/course-tools/test',
  '.github/workflows/ci.yml',
  '.github/workflows/pages.yml',
];

/** Files inside an instructor-only folder that learners do get: the catalogue of misconceptions, which the grader's diagnosis reads (titles and questions, no answers). */
export const RELEASED_ANYWAY = ['packages/grader/wrong/misconceptions.ts'];

/** Whether a path (relative to the course root, forward slashes) belongs in a learner release. */
export function inRelease(relative: string): boolean {
  const parts = relative.split('/');
  if (parts.some((part) => SKIPPED_NAMES.has(part))) return false;
  if (/\.tsbuildinfo$|(^|\/)\.DS_Store$/.test(relative)) return false;
  // the file itself, and the folders that lead to it (which hold nothing else of it)
  if (RELEASED_ANYWAY.some((f) => f === relative || f.startsWith(`${relative}/`))) return true;
  return !INSTRUCTOR_ONLY.some((p) => relative === p || relative.startsWith(`${p}/`));
}

const RELEASE_NOTE = `## This copy of the course

This is the learner release: it has the lessons, the exercises and the grader, but not the model
solutions, the wrong implementations that prove the hidden suites, or the grader's own tests.
\`pnpm test\` checks lint, types, the reference library and the site; \`pnpm grade\` grades your
work. In a classroom, a GitHub workflow (\`.github/workflows/classroom.yml\`) grades each push with
a pinned copy of the grader and reports the points per exercise.
`;

/** The README as learners get it: no solutions row, no instructors' section or pointers, and a note on what this copy is. */
export function learnerReadme(readme: string): string {
  const kept: string[] = [];
  let inInstructorsSection = false;
  let inDroppedItem = false;
  for (const line of readme.split('\n')) {
    if (line.startsWith('## ')) inInstructorsSection = line === '## For instructors';
    if (inDroppedItem && line.startsWith('  ')) continue;
    inDroppedItem = /^- (The instructors' guide|Instructors):/.test(line);
    if (inInstructorsSection || inDroppedItem) continue;
    if (line.startsWith('| `solutions/') || line.startsWith('| `packages/course-tools')) continue;
    kept.push(line);
  }
  const text = kept.join('\n');
  const at = text.indexOf('\n## Layout');
  const note = `\n${RELEASE_NOTE}`;
  return at === -1
    ? `${text.trimEnd()}\n${note}`
    : `${text.slice(0, at)}\n${note}${text.slice(at)}`;
}

/** A package.json without its test script (the package's tests are not shipped to learners). */
export function withoutTestScript(json: string): string {
  const pkg = JSON.parse(json) as { scripts?: Record<string, string> };
  if (pkg.scripts) delete pkg.scripts.test;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Writes the learner release of the course at `root` into `dest` (new or empty); returns the files written. */
export function releaseCourse(root: string, dest: string): number {
  if (existsSync(dest) && readdirSync(dest).length > 0)
    throw new InstructorError(`${dest} is not empty: release into a new or empty folder`, 2);
  if (!path.relative(root, dest).startsWith('..'))
    throw new InstructorError(`${dest} is inside the course: release into a folder outside it`, 2);
  cpSync(root, dest, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(root, source).split(path.sep).join('/');
      const keep = relative === '' || inRelease(relative);
      return keep;
    },
  });
  const readme = path.join(dest, 'README.md');
  writeFileSync(readme, learnerReadme(readFileSync(readme, 'utf8')));
  for (const name of ['grader', 'course-tools']) {
    const file = path.join(dest, 'packages', name, 'package.json');
    writeFileSync(file, withoutTestScript(readFileSync(file, 'utf8')));
  }
  const count = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (n, entry) => n + (entry.isDirectory() ? count(path.join(dir, entry.name)) : 1),
      0,
    );
  return count(dest);
}
