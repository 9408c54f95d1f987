// Bundles the grader's command line into dist/cli.js. The suites and the sandbox loader stay as
// TypeScript: Vitest compiles them in its workers.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/cli.js, dist/instructor.js and dist/grade-child.js (the restricted grading process). */
export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: {
      cli: 'src/cli/main.ts',
      instructor: 'src/instructor/main.ts',
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

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
