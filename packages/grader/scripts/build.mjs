// Bundles the grader's command line into dist/cli.js. The suites and the sandbox loader stay as
// TypeScript: Vitest compiles them in its workers.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds dist/cli.js from src/cli/main.ts, dist/grade-child.js (the restricted grading process), and
 * dist/course.js: the course model (@xent/course with its manifest), which the checks import through
 * an alias, so an installed grader needs no other package.
 */
export async function buildCli({ clean = false } = {}) {
  // Before packing, a clean dist/: what is packed is exactly what this build makes.
  if (clean) rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      cli: 'src/cli/main.ts',
      course: '@xent/course',
      'grade-child': 'src/runner/grade-child.ts',
    },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['vitest', 'vitest/*', 'vite', 'esbuild', 'fast-check'],
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await buildCli({ clean: process.argv.includes('--clean') });
