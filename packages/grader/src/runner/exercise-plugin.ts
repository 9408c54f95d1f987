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
      if (source.endsWith(BUNDLE_QUERY)) return source;
      const id = ALIAS.exec(source)?.[1];
      if (id === undefined) return null;
      if (!(id in specs)) throw new Error(`no exercise '${id}' is being graded`);
      return exerciseModuleId(id, (specs[id] as ExerciseSpec).file);
    },
    async load(resolved) {
      if (resolved.endsWith(BUNDLE_QUERY)) {
        const file = resolved.slice(0, -BUNDLE_QUERY.length);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(await bundleExercise(file))};`;
      }
      if (!resolved.startsWith(VIRTUAL_PREFIX)) return null;
      const spec = specs[
        resolved.slice(VIRTUAL_PREFIX.length).split('@')[0] as string
      ] as ExerciseSpec;
      // compiled beforehand: the bundle is part of this module, and the file is never looked at
      const given = bundles?.get(spec.file) ?? {
        error: `${spec.file} was not compiled before grading`,
      };
      return [
        bundles
          ? `const bundle = ${JSON.stringify(given)};`
          : `import bundle from ${JSON.stringify(`${spec.file}${BUNDLE_QUERY}`)};`,
        `import { loadExercise } from ${JSON.stringify(SANDBOX_LOADER)};`,
        `const exercise = loadExercise(${JSON.stringify(spec)}, bundle);`,
        ...spec.exports.map((name) => `export const ${name} = exercise[${JSON.stringify(name)}];`),
      ].join('\n');
    },
  };
}

/**
 * The id of the module `@exercise/<id>` resolves to. It names the file too, so workers reused across
 * targets (solutions, stubs, each wrong implementation) never mistake one target's module for another's.
 */
export function exerciseModuleId(id: string, file: string): string {
  return `${VIRTUAL_PREFIX}${id}@${file}`;
}
