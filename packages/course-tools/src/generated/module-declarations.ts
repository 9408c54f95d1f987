import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * `declare module '@exercise/<id>' { … }`: the declarations of a stub's exports (its doc comments
 * too), made by TypeScript's own declaration emitter, for the checks to type the learner's module.
 */
export function moduleDeclaration(id: string, stubFile: string): string {
  const { outputText, diagnostics } = ts.transpileDeclaration(readFileSync(stubFile, 'utf8'), {
    fileName: stubFile,
    compilerOptions: { strict: true },
    reportDiagnostics: true,
  });
  const problem = diagnostics?.[0];
  if (problem) {
    const text = ts.flattenDiagnosticMessageText(problem.messageText, ' ');
    throw new Error(`${stubFile}: cannot declare its exports (${text})`);
  }
  // Inside `declare module` everything is already ambient, so the emitter's `declare` goes.
  const body = outputText
    .replace(/^export declare /gm, 'export ')
    .replace(/^export \{\};\s*$/gm, '')
    .trim();
  return `declare module '@exercise/${id}' {\n${body}\n}\n`;
}
