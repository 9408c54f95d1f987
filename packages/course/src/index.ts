import GithubSlugger from 'github-slugger';
import manifestJson from '../manifest.json' with { type: 'json' };
import { lessonTitles } from './generated/lesson-titles.ts';
import type { CourseManifest, Exercise, Lesson, SectionRef } from './manifest-types.ts';
import { validateManifest } from './validate-manifest.ts';

export type { CourseManifest, Exercise, Lesson, SectionRef } from './manifest-types.ts';
export { validateManifest } from './validate-manifest.ts';

/** The course manifest, validated once when this module loads. */
export const manifest: CourseManifest = validateManifest(manifestJson);

/** The exercises in course order. */
export const exercises: readonly Exercise[] = manifest.exercises;

/** The lessons in reading order, numbered from 0, with the titles their pages give them. */
export const lessons: readonly Lesson[] = lessonsOf(manifest, lessonTitles);

/** The lessons of `course` with titles from `titles` (a lesson not yet synced shows its slug). */
export function lessonsOf(course: CourseManifest, titles: Record<string, string>): Lesson[] {
  return course.lessons.map((slug, number) => ({ slug, number, title: titles[slug] ?? slug }));
}

/** The exercise with this id, or undefined. */
export function findExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}

/** The lesson with this slug, or undefined. */
export function findLesson(slug: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.slug === slug);
}

/** `3 · Softmax and temperature`: how the sidebar and the grader name a lesson. */
export function lessonLabel(lesson: Lesson): string {
  return `${lesson.number} · ${lesson.title}`;
}

/** The site path of a lesson: `/lessons/<slug>/`. */
export function lessonPath(slug: string): string {
  return `/lessons/${slug}/`;
}

/** The id the site gives a heading (GitHub's slugs, as Astro makes them): `The gradient p − y` → `the-gradient-p--y`. */
export function headingAnchor(heading: string): string {
  return new GithubSlugger().slug(heading);
}

/** A section a check refers to, resolved: its lesson, heading and link. */
export interface ResolvedSection {
  lesson: Lesson;
  heading: string;
  url: string;
}

/** The section `key` of an exercise's manifest entry; throws naming the exercise and the key when absent. */
export function sectionOf(exerciseId: string, key: string): ResolvedSection {
  const exercise = findExercise(exerciseId);
  if (!exercise) throw new Error(`sectionOf: no exercise '${exerciseId}' in the course manifest`);
  const ref: SectionRef | undefined = exercise.sections[key];
  if (!ref) {
    const keys = Object.keys(exercise.sections).join(', ');
    throw new Error(
      `sectionOf: exercise '${exerciseId}' has no section '${key}' in the course manifest (it has: ${keys})`,
    );
  }
  const lesson = findLesson(ref.lesson) as Lesson;
  return {
    lesson,
    heading: ref.heading,
    url: `${lessonPath(lesson.slug)}#${headingAnchor(ref.heading)}`,
  };
}

/** Where an exercise's files live under a folder of exercises: `<dir>/<id>/<id>.ts`. */
export function exerciseSource(dir: string, id: string): string {
  return `${dir.replace(/[\\/]+$/, '')}/${id}/${id}.ts`;
}
