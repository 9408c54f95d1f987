import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatWithBiome } from './biome-format.ts';
import { listFiles } from './course-files.ts';
import { type CourseLayout, InstructorError, readManifest, relativeTo } from './layout.ts';
import { withoutCard } from './lesson-pages.ts';
import { syncCourse } from './sync.ts';

/** What `course remove` did, as paths relative to the course root. */
export interface RemoveResult {
  removed: string[];
  changed: string[];
}

/**
 * Removes an exercise: its manifest entry, its own files and folders, its card (located by the MDX
 * parser, so only that element goes), then syncs the generated files.
 */
export async function removeExercise(layout: CourseLayout, id: string): Promise<RemoveResult> {
  const manifest = readManifest(layout);
  const exercise = manifest.exercises.find((e) => e.id === id);
  if (!exercise) {
    const ids = manifest.exercises.map((e) => e.id).join(', ');
    throw new InstructorError(`no exercise '${id}' in the manifest (it has: ${ids})`, 2);
  }
  const own = [
    path.join(layout.exercises, id),
    path.join(layout.solutions, id),
    path.join(layout.wrong, id),
    path.join(layout.checks, `${id}.ts`),
  ].filter((file) => existsSync(file));
  const remaining = { ...manifest, exercises: manifest.exercises.filter((e) => e.id !== id) };
  const json = await formatWithBiome(layout.root, layout.manifest, JSON.stringify(remaining));
  writeFileSync(layout.manifest, json);
  for (const file of own) rmSync(file, { recursive: true });
  const pages = listFiles(layout.lessons)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join(layout.lessons, name));
  const changedPages = pages.filter((page) => {
    const source = readFileSync(page, 'utf8');
    const edited = withoutCard(source, id);
    if (edited === source) return false;
    writeFileSync(page, edited);
    return true;
  });
  const synced = await syncCourse(layout, remaining);
  return {
    removed: [...own.map((file) => relativeTo(layout, file)), ...synced.removed],
    changed: [
      relativeTo(layout, layout.manifest),
      ...changedPages.map((page) => relativeTo(layout, page)),
      ...synced.written,
    ],
  };
}
