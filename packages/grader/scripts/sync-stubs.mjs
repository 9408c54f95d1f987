// Copies each exercise's stub, exercises/<id>/<id>.ts, into the grader's stubs/ folder, byte for
// byte, and drops stubs of exercises the manifest no longer lists. `grade --reset` restores from
// stubs/, so a learner's clone always has the pristine stub, whatever they commit.
// Run from a checkout of the course: pnpm --filter @xent/grader sync-stubs
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const grader = fileURLToPath(new URL('..', import.meta.url));
const course = path.resolve(grader, '..', '..');
const manifest = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@xent/course/manifest.json'), 'utf8'),
);

/** Writes stubs/<id>.ts for every exercise of the manifest; returns the ids written. */
export function syncStubs() {
  const ids = manifest.exercises.map((e) => e.id);
  const stubs = path.join(grader, 'stubs');
  mkdirSync(stubs, { recursive: true });
  for (const id of ids)
    copyFileSync(path.join(course, 'exercises', id, `${id}.ts`), path.join(stubs, `${id}.ts`));
  for (const name of readdirSync(stubs))
    if (name.endsWith('.ts') && !ids.includes(name.slice(0, -3))) rmSync(path.join(stubs, name));
  return ids;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(
    `sync-stubs: ${syncStubs().length} stubs in ${path.join('packages', 'grader', 'stubs')}/`,
  );
