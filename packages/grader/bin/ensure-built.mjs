// Shared by the grader's commands. In a checkout of the course (or a copy of one), dist/ is rebuilt
// first when the grader's sources or the course model are newer than it, so a fresh clone and an
// edited grader both just work. An installed grader (under node_modules) ships the dist/ it was
// packed with (prepack builds it), and packing resets file times, so it is only built when missing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestIn(dir) {
  let time = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    time = Math.max(time, item.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return time;
}

/** When the course model (its manifest and generated lesson titles) last changed; 0 outside a checkout. */
function courseTime() {
  try {
    const manifest = createRequire(import.meta.url).resolve('@xent/course/manifest.json');
    return Math.max(statSync(manifest).mtimeMs, newestIn(path.join(path.dirname(manifest), 'src')));
  } catch {
    return 0;
  }
}

/** Imports `dist/<name>.js`, building dist/ first when it is missing or, in a checkout, stale. */
export async function importBuilt(name) {
  const entry = path.join(root, 'dist', `${name}.js`);
  const inCourseCheckout = !root.split(path.sep).includes('node_modules');
  const stale = () =>
    Math.max(newestIn(path.join(root, 'src')), courseTime()) > statSync(entry).mtimeMs;
  if (!existsSync(entry) || (inCourseCheckout && stale())) {
    const { buildCli } = await import('../scripts/build.mjs');
    await buildCli();
  }
  return import(pathToFileURL(entry).href);
}
