import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BuildFailure, type BuildResult, build, type Message, type Plugin } from 'esbuild';
import { GRADER_ROOT } from '../runner/paths.ts';

/**
 * The learner's exercise compiled to one CommonJS script, or why it could not be: plain data, so
 * the grader's main process can compile and a worker (or another process) can run it.
 */
export type ExerciseBundle = { code: string } | { error: string };

/** Where the course's own wrong implementations live: they alone may import their folder's `_*.ts` files. */
const WRONG_ROOT = path.join(GRADER_ROOT, 'wrong');

/**
 * Language features compiled away so that learner code never makes a promise: async functions and
 * `import()` become code that needs the `Promise` global, which the sandbox's realm does not have.
 * Nothing of an exercise runs after its call has returned.
 */
const LOWERED = {
  'async-await': false,
  'async-generator': false,
  'for-await': false,
  'top-level-await': false,
  'dynamic-import': false,
} as const;

/**
 * Compiles an exercise file into one script. Exercises are plain TypeScript: any import (a Node
 * built-in, a package, another file; static, dynamic or `require`) is refused with the import and
 * its line. Only the course's wrong implementations may import files of their own folder.
 */
export async function bundleExercise(
  file: string,
  options: { courseCode?: boolean } = {},
): Promise<ExerciseBundle> {
  const folder = path.dirname(file);
  const shown = path.basename(file);
  if (!existsSync(file)) return { error: `${shown} is missing: the grader expected it at ${file}` };
  // the course's own code: this grader's wrong implementations, or those of a course the caller names
  const ownCode = options.courseCode ?? !path.relative(WRONG_ROOT, folder).startsWith('..');
  let result: BuildResult<{ metafile: true; write: false }>;
  try {
    result = await build({
      entryPoints: [file],
      absWorkingDir: folder,
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      target: 'es2022',
      supported: LOWERED,
      // keep imports that only name types or go unused, so that every import is seen and refused
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      metafile: true,
      logLevel: 'silent',
      sourcemap: false,
      plugins: [refuseImports(ownCode)],
    });
  } catch (error) {
    const messages = (error as BuildFailure).errors ?? [];
    const refused = messages.find((m) => m.pluginName === PLUGIN);
    if (refused) return { error: refusal(shown, refused) };
    return { error: `${shown} does not compile:\n${formatMessages(messages, folder)}` };
  }
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(folder, input));
  const outside = inputs.find((input) => path.relative(folder, input).startsWith('..'));
  if (outside) {
    return {
      error: `${shown} imports '${path.relative(folder, outside)}', but it is outside the exercise folder.`,
    };
  }
  return { code: result.outputFiles?.[0]?.text ?? '' };
}

const PLUGIN = 'xent-no-imports';

/** An esbuild plugin that refuses every import but the entry file (and, for the course's own code, files of its folder). */
function refuseImports(allowOwnFolder: boolean): Plugin {
  return {
    name: PLUGIN,
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (allowOwnFolder && args.path.startsWith('./')) return undefined;
        return { errors: [{ text: args.path }] };
      });
    },
  };
}

function refusal(file: string, message: Message): string {
  const line = message.location ? ` on line ${message.location.line}` : '';
  const code = message.location ? `\n    ${message.location.lineText.trim()}` : '';
  return `${file} imports '${message.text}'${line}, but exercises are plain TypeScript: they import nothing (no Node built-ins, no packages, no other files). Remove the import and write the math yourself.${code}`;
}

function formatMessages(messages: Message[], folder: string): string {
  if (messages.length === 0) return '  (no message from the compiler)';
  return messages
    .slice(0, 3)
    .map(({ text, location }) => {
      if (!location) return `  ${text}`;
      const where = `${path.relative(folder, path.resolve(folder, location.file))}:${location.line}:${location.column + 1}`;
      const caret = `${' '.repeat(location.column)}^`;
      return `  ${where}: ${text}\n    ${location.lineText}\n    ${caret}`;
    })
    .join('\n');
}
