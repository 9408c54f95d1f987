import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CourseManifest } from '@xent/course';
import { courseLayout } from '../../src/layout.ts';
import { withoutCard } from '../../src/lesson-pages.ts';
import { syncCourse } from '../../src/sync.ts';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../../..', import.meta.url));

const BINS = {
  course: fileURLToPath(new URL('../../bin/course.mjs', import.meta.url)),
  'new-exercise': fileURLToPath(new URL('../../bin/new-exercise.mjs', import.meta.url)),
  grade: path.join(REPO, 'packages/grader/bin/xent-grade.mjs'),
} as const;

/** What one run of a command printed and returned. */
export interface CommandRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `course`, `new-exercise` or `grade` (the copy's own grader when `bin` is given). */
export function runCommand(
  name: keyof typeof BINS,
  args: string[],
  options: { cwd?: string; bin?: string } = {},
): CommandRun {
  const result = spawnSync(process.execPath, [options.bin ?? BINS[name], ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    timeout: 180_000,
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: undefined,
      XENT_STATE_DIR: freshDir('state'),
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new empty temporary folder. */
export function freshDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `xent-${label}-`));
}

/** What a course copy holds: what the instructor commands read, and the grader itself. */
const COPIED = [
  'README.md',
  '.gitignore',
  'package.json',
  'biome.json',
  'tsconfig.base.json',
  'exercises',
  'solutions',
  '.github/workflows/classroom.yml',
  'packages/course/package.json',
  'packages/course/manifest.json',
  'packages/course/src',
  'packages/grader/package.json',
  'packages/grader/tsconfig.json',
  'packages/grader/bin',
  'packages/grader/scripts',
  'packages/grader/src',
  'packages/grader/checks',
  'packages/grader/suites',
  'packages/grader/wrong',
  'site/src/content/docs/lessons',
];

/**
 * A copy of the course in a temporary folder, with only the exercises `ids` (all by default): the
 * others' files and cards are removed and the generated files synced. Its grader runs from the copy,
 * with its own checks and manifest: node_modules link to the real installs except @xent/course.
 */
export async function copyCourse(ids?: string[]): Promise<string> {
  const root = freshDir('course');
  for (const part of COPIED)
    cpSync(path.join(REPO, part), path.join(root, part), { recursive: true });
  linkModules(root);
  const manifestFile = path.join(root, 'packages/course/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CourseManifest;
  const dropped = manifest.exercises.map((e) => e.id).filter((id) => ids && !ids.includes(id));
  if (dropped.length === 0) return root;
  manifest.exercises = manifest.exercises.filter((e) => !dropped.includes(e.id));
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const id of dropped) {
    for (const dir of ['exercises', 'solutions', 'packages/grader/wrong'])
      rmSync(path.join(root, dir, id), { recursive: true, force: true });
    rmSync(path.join(root, 'packages/grader/checks', `${id}.ts`), { force: true });
  }
  const lessons = path.join(root, 'site/src/content/docs/lessons');
  for (const page of readdirSync(lessons)) {
    editFile(root, path.join('site/src/content/docs/lessons', page), (source) =>
      dropped.reduce((text, id) => withoutCard(text, id), source),
    );
  }
  await syncCourse(courseLayout(root), manifest);
  return root;
}

/** Rewrites one file of a copy. */
export function editFile(root: string, file: string, edit: (source: string) => string): void {
  const full = path.join(root, file);
  writeFileSync(full, edit(readFileSync(full, 'utf8')));
}

/** Every file under `dir` (node_modules aside) with its content, to compare trees. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (statSync(full).isFile()) out[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
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
  symlinkSync(
    path.join(REPO, 'packages/course/node_modules'),
    path.join(root, 'packages/course/node_modules'),
  );
  symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'));
}
