import { existsSync, statSync } from 'node:fs';
import type { Plugin } from 'vitest/config';
import { bundleExercise, type ExerciseBundle } from '../sandbox/bundle-exercise.ts';
import type { ExerciseSpec } from '../sandbox/load-exercise.ts';
import { SANDBOX_LOADER } from './paths.ts';

const ALIAS = /^@exercise\/([a-z0-9-]+)$/;
const VIRTUAL_PREFIX = '\0xent-exercise:';
const BUNDLE_QUERY = '?xent-bundle';

/**
 * The one alias the hidden suites import through: `@exercise/<id>` becomes a module whose exports
 * run that exercise's file (from exercises/, solutions/ or any folder) in the sandbox. The file is
 * compiled here, in the main process, as the module `<file>?xent-bundle`, so workers only run it and
 * a saved file invalidates just that module; or, in the restricted grading process, taken from
 * `bundles`, compiled before that process started. Nothing else is read from the graded folder.
 */
export function exerciseModules(
  specs: Record<string, ExerciseSpec>,
  bundles?: ReadonlyMap<string, ExerciseBundle>,
): Plugin {
  return {
    name: 'xent-exercise-modules',
    enforce: 'pre',
    resolveId(source) {
      if (source.includes(BUNDLE_QUERY)) return source;
      const id = ALIAS.exec(source)?.[1];
      if (id === undefined) return null;
      if (!(id in specs)) throw new Error(`no exercise '${id}' is being graded`);
      return exerciseModuleId(id, (specs[id] as ExerciseSpec).file);
    },
    async load(resolved) {
      const query = resolved.indexOf(BUNDLE_QUERY);
      if (query !== -1) {
        const file = resolved.slice(0, query);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(await bundleExercise(file))};`;
      }
      if (!resolved.startsWith(VIRTUAL_PREFIX)) return null;
      const [id, , version] = resolved.slice(VIRTUAL_PREFIX.length).split('@');
      const spec = specs[id as string] as ExerciseSpec;
      // compiled beforehand: the bundle is part of this module, and the file is never looked at
      const given = bundles?.get(spec.file) ?? {
        error: `${spec.file} was not compiled before grading`,
      };
      return [
        bundles
          ? `const bundle = ${JSON.stringify(given)};`
          : `import bundle from ${JSON.stringify(`${spec.file}${BUNDLE_QUERY}&v=${version}`)};`,
        `import { loadExercise } from ${JSON.stringify(SANDBOX_LOADER)};`,
        `const exercise = loadExercise(${JSON.stringify(spec)}, bundle);`,
        ...spec.exports.map((name) => `export const ${name} = exercise[${JSON.stringify(name)}];`),
      ].join('\n');
    },
  };
}

/**
 * The id of the module `@exercise/<id>` resolves to. It names the file and the file's version (its
 * modification time), so workers reused across targets (solutions, stubs, each wrong implementation)
 * never mistake one target's module for another's, and a saved file is a new module: watch mode
 * only has to invalidate the suite that imports it, through Vitest's public `invalidateFile`.
 */
export function exerciseModuleId(id: string, file: string): string {
  return `${VIRTUAL_PREFIX}${id}@${file}@${fileVersion(file)}`;
}

/** The file's modification time in whole microseconds (digits only: a dot would read to Vite as an extension), or 0 when it cannot be read (a missing file, or a process not allowed to look). */
function fileVersion(file: string): number {
  try {
    return existsSync(file) ? Math.round(statSync(file).mtimeMs * 1000) : 0;
  } catch {
    return 0;
  }
}
