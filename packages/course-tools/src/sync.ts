import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CourseManifest } from '@xent/course';
import { generatedFiles, isGenerated } from './generated/index.ts';
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
  const files = generatedFiles(layout, manifest);
  const contents = await Promise.all(files.map((g) => g.content()));
  files.forEach(({ file }, i) => {
    const content = contents[i] as string;
    if (existsSync(file) && readFileSync(file, 'utf8') === content) return;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    result.written.push(relativeTo(layout, file));
  });
  for (const file of orphanFiles(layout, manifest)) {
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
  const files = generatedFiles(layout, manifest);
  const contents = await Promise.all(files.map((g) => g.content()));
  const problems = files.flatMap(({ file }, i) => {
    const shown = relativeTo(layout, file);
    if (!existsSync(file)) return [`${shown} is missing: run pnpm course sync`];
    return readFileSync(file, 'utf8') === contents[i]
      ? []
      : [`${shown} is stale (it differs from what the course model gives): run pnpm course sync`];
  });
  for (const file of orphanFiles(layout, manifest))
    problems.push(
      `${relativeTo(layout, file)} belongs to no exercise of the manifest: run pnpm course sync`,
    );
  return problems;
}

/** Generated files (suites, stub copies) of exercises that are no longer in the manifest. */
function orphanFiles(layout: CourseLayout, manifest: CourseManifest): string[] {
  const wanted = new Set(generatedFiles(layout, manifest).map((g) => g.file));
  return [layout.suites, layout.stubCopies]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).map((name) => path.join(dir, name)))
    .filter((file) => file.endsWith('.ts') && !wanted.has(file) && isGenerated(file));
}
