import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CourseManifest } from '@xent/course';
import { generatedFiles, isGenerated, suiteWrapper } from './generated/index.ts';
import { type CourseLayout, relativeTo } from './layout.ts';

/** What sync did, as paths relative to the course root. */
export interface SyncResult {
  written: string[];
  removed: string[];
}

/** Writes every generated file that differs from what the course model gives, and removes generated suites of exercises that are gone. */
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
  for (const file of orphanSuites(layout, manifest)) {
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
  for (const file of orphanSuites(layout, manifest))
    problems.push(
      `${relativeTo(layout, file)} grades no exercise of the manifest: run pnpm course sync`,
    );
  return problems;
}

/** Generated suites whose exercise is no longer in the manifest. */
function orphanSuites(layout: CourseLayout, manifest: CourseManifest): string[] {
  if (!existsSync(layout.suites)) return [];
  const wanted = new Set(manifest.exercises.map((e) => suiteWrapper(layout, e.id)));
  return readdirSync(layout.suites)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.join(layout.suites, name))
    .filter((file) => !wanted.has(file) && isGenerated(file));
}
