import { transform } from 'sucrase';

/**
 * The learner's file compiled for the page: one CommonJS script, or why it could not be. Unlike the
 * command line, the page holds only the one file, so any import is refused.
 */
export type CompiledSource = { code: string } | { error: string };

/** Node built-ins an exercise file might name, with or without `node:` (the CLI allows most of them). */
const NODE_BUILTIN =
  /^(node:|(assert|buffer|crypto|events|fs|os|path|process|stream|string_decoder|timers|url|util|zlib)(\/|$))/;

/**
 * Compiles TypeScript source to a CommonJS script with sucrase (types removed, nothing checked, as
 * the CLI's esbuild does). A syntax error gives the file, line and column; an import gives the
 * sentence the CLI uses when it refuses one, e.g. `compileSource('softmax', "import 'x';")`.
 */
export function compileSource(id: string, source: string): CompiledSource {
  const shown = `${id}.ts`;
  let code: string;
  try {
    code = transform(source, {
      transforms: ['typescript', 'imports'],
      filePath: shown,
      disableESTransforms: true,
    }).code;
  } catch (error) {
    return { error: `${shown} does not compile:\n${describeSyntaxError(shown, source, error)}` };
  }
  const imported = importsOf(code)[0];
  if (imported !== undefined) return { error: refusedImport(shown, imported) };
  // sucrase marks the script strict; esbuild's CommonJS output for the CLI does not.
  return { code: code.replace(/^"use strict";/, '') };
}

/** The modules a compiled script requires, in order: `require('./x')` gives `./x`. */
export function importsOf(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*(['"])([^'"]+)\1\s*\)/g)].map((match) => match[2] ?? '');
}

/** The CLI's sentence for a refused import, with the reason the page refuses it. */
export function refusedImport(file: string, specifier: string): string {
  const reason = specifier.startsWith('.')
    ? 'the page holds only this one file'
    : NODE_BUILTIN.test(specifier)
      ? 'Node modules are not available in the page'
      : 'it is not a file of the exercise folder';
  return `${file} imports '${specifier}', but ${reason}. An exercise may import only files of its own folder and Node built-ins: the point is to write the math yourself.`;
}

/** `  softmax.ts:3:5: Unexpected token` with the line and a caret under the column, as the CLI shows it. */
function describeSyntaxError(shown: string, source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  const text = message.replace(/^Error transforming [^:]+: /, '').replace(/\s*\(\d+:\d+\)$/, '');
  if (!loc) return `  ${text}`;
  const lineText = source.split('\n')[loc.line - 1] ?? '';
  return `  ${shown}:${loc.line}:${loc.column + 1}: ${text}\n    ${lineText}\n    ${' '.repeat(loc.column)}^`;
}
