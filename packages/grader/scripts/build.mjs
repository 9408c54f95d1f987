// Bundles the grader's command line into dist/cli.js. The suites and the sandbox loader stay as
// TypeScript: Vitest compiles them in its workers.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds dist/cli.js from src/cli/main.ts, and dist/course.js: the course model (@xent/course with its
 * manifest), which the checks import through an alias, so an installed grader needs no other package.
 */
export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts', course: '@xent/course' },
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

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
