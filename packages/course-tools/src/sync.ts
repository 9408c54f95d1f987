import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CourseManifest } from '@xent/course';
import { type GeneratedFile, generatedFiles, isGenerated } from './generated/index.ts';
import { type CourseLayout, relativeTo } from './layout.ts';

/** What sync did, as paths relative to the course root. */
export interface SyncResult {
  written: string[];
  removed: string[];
}

/** Writes every generated file that differs from what the course model gives, and removes generated files of exercises that are gone. */
export async function syncCourse(
  layout: CourseLayout,
  manifest: CourseManifest,
): Promise<SyncResult> {
  const result: SyncResult = { written: [], removed: [] };
  const files = await generatedFiles(layout, manifest);
  const contents = await Promise.all(files.map((g) => g.content()));
  files.forEach(({ file }, i) => {
    const content = contents[i] as string;
    if (existsSync(file) && readFileSync(file, 'utf8') === content) return;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    result.written.push(relativeTo(layout, file));
  });
  for (const file of orphans(layout, files)) {
    rmSync(file);
    result.removed.push(relativeTo(layout, file));
  }
  return result;
}

/** The generated files that are missing or differ from what sync would write, and orphaned generated suites. */
export async function staleProblems(
  layout: CourseLayout,
  manifest: CourseManifest,
): Promise<string[]> {
  const files = await generatedFiles(layout, manifest);
  const contents = await Promise.all(files.map((g) => g.content()));
  const problems = files.flatMap(({ file }, i) => {
    const shown = relativeTo(layout, file);
    if (!existsSync(file)) return [`${shown} is missing: run pnpm course sync`];
    return readFileSync(file, 'utf8') === contents[i]
      ? []
      : [`${shown} is stale (it differs from what the course model gives): run pnpm course sync`];
  });
  for (const file of orphans(layout, files))
    problems.push(
      `${relativeTo(layout, file)} is no longer generated (its exercise or its probes are gone): run pnpm course sync`,
    );
  return problems;
}

/** Generated suites, fingerprints and stub copies that sync would no longer write (their exercise or its probes are gone). */
function orphans(layout: CourseLayout, files: GeneratedFile[]): string[] {
  const wanted = new Set(files.map((g) => g.file));
  const fingerprints = path.join(layout.checks, 'fingerprints');
  return [
    ...generatedIn(layout.suites, (name) => name.endsWith('.test.ts')),
    ...generatedIn(fingerprints, (name) => name.endsWith('.ts')),
    ...generatedIn(layout.stubCopies, (name) => name.endsWith('.ts')),
  ].filter((file) => !wanted.has(file));
}

/** The generated files directly in `dir` whose names pass `keep`. */
function generatedIn(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(keep)
    .map((name) => path.join(dir, name))
    .filter(isGenerated);
}
