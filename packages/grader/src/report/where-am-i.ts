import { type Exercise, type Lesson, lessonLabel, lessonPath } from '@xent/course';
import type { ExerciseReport } from './report-types.ts';

/** Where the learner stands after a report. */
export interface Progress {
  /** Graded exercises that do not pass yet. */
  left: number;
  /** The first of them, in course order, and its lesson's slug. */
  next?: { id: string; title: string; lesson: string };
  /** The lesson whose exercises all pass, just before the next exercise (or the last one graded). */
  lessonDone?: string;
  /** The lesson to read after `lessonDone`. */
  readNext?: string;
}

/**
 * Where am I: how many graded exercises are left, the next one, and, when every exercise of the
 * lesson just worked through passes, the lesson to read next (the following one in `lessons`, or
 * the next exercise's lesson when `lessons` does not list it).
 */
export function whereAmI(
  graded: readonly Pick<ExerciseReport, 'id' | 'title' | 'status'>[],
  course: readonly Pick<Exercise, 'id' | 'lesson'>[],
  lessons: readonly Lesson[],
): Progress {
  const lessonOf = (id: string) => course.find((e) => e.id === id)?.lesson;
  const nextAt = graded.findIndex((e) => e.status !== 'passed');
  const nextReport = nextAt === -1 ? undefined : graded[nextAt];
  const next = nextReport && {
    id: nextReport.id,
    title: nextReport.title,
    lesson: lessonOf(nextReport.id) ?? '',
  };
  const progress: Progress = {
    left: graded.filter((e) => e.status !== 'passed').length,
    ...(next ? { next } : {}),
  };
  const previous = graded[(nextAt === -1 ? graded.length : nextAt) - 1];
  const done = previous && lessonOf(previous.id);
  if (!done || done === next?.lesson) return progress;
  const allPass = course
    .filter((e) => e.lesson === done)
    .every((e) => graded.some((g) => g.id === e.id && g.status === 'passed'));
  if (!allPass) return progress;
  const ordered = [...lessons].sort((a, b) => a.number - b.number);
  const at = ordered.findIndex((l) => l.slug === done);
  const readNext = at === -1 ? next?.lesson : ordered[at + 1]?.slug;
  return { ...progress, lessonDone: done, ...(readNext ? { readNext } : {}) };
}

/** A lesson as the report names it: `lesson 3 · Softmax and temperature`, or its path when unknown. */
export function lessonName(slug: string, lessons: readonly Lesson[]): string {
  const lesson = lessons.find((l) => l.slug === slug);
  return lesson ? `lesson ${lessonLabel(lesson)}` : lessonPath(slug);
}

/** A lesson with where to find it: `lesson 3 · Softmax and temperature (/lessons/softmax/ on the course site)`. */
export function lessonWhere(slug: string, lessons: readonly Lesson[]): string {
  const place = `${lessonPath(slug)} on the course site`;
  return lessons.some((l) => l.slug === slug) ? `${lessonName(slug, lessons)} (${place})` : place;
}

/** The report's last line: how many exercises are left and the next one's lesson. */
export function progressLine(
  progress: Progress,
  graded: number,
  total: number,
  lessons: readonly Lesson[],
): string {
  const count =
    graded === total
      ? `${progress.left} exercise${progress.left === 1 ? '' : 's'} left`
      : `${progress.left} of the ${graded} graded exercise${graded === 1 ? '' : 's'} left`;
  if (!progress.next) return `${count}.`;
  return `${count} · next: ${progress.next.title}, in ${lessonName(progress.next.lesson, lessons)}`;
}
