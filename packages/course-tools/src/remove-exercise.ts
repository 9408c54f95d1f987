import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatWithBiome } from './biome-format.ts';
import { type CourseLayout, InstructorError, readManifest, relativeTo } from './layout.ts';
import { syncCourse } from './sync.ts';

/** What `course remove` did, as paths relative to the course root. */
export interface RemoveResult {
  removed: string[];
  changed: string[];
  /** The card to delete by hand from its lesson page (the tools never edit MDX). */
  card: { page: string; tag: string } | undefined;
}

/** Removes an exercise: its manifest entry, its own files and folders, then syncs the generated files. */
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
  const synced = await syncCourse(layout, remaining);
  const page = path.join(layout.lessons, `${exercise.lesson}.mdx`);
  const tag = `<ExerciseCard id="${id}" />`;
  const shows = existsSync(page) && readFileSync(page, 'utf8').includes(`id="${id}"`);
  return {
    removed: [...own.map((file) => relativeTo(layout, file)), ...synced.removed],
    changed: [relativeTo(layout, layout.manifest), ...synced.written],
    card: shows ? { page: relativeTo(layout, page), tag } : undefined,
  };
}
