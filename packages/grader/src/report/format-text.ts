import {
  lessons as courseLessons,
  type Exercise,
  type Lesson,
  lessonLabel,
  lessonPath,
} from '@xent/course';
import type { Colours } from '../cli/colours.ts';
import type { ExerciseReport, ExerciseStatus, GradeReport } from './report-types.ts';

const MARKS: Record<ExerciseStatus, string> = {
  passed: '✓',
  failed: '✗',
  'not-started': '○',
  error: '!',
  timeout: '⧖',
};
const BAR_WIDTH = 24;
const MESSAGE_LINES = 14;

/** Where the graded files are, as the learner should read them: `exercises/softmax/softmax.ts`. */
export interface ReportContext {
  /** The graded folder relative to where the learner stands, e.g. `exercises`. */
  folder: string;
  exercises: readonly Exercise[];
  /** The lessons, to name them by number and title (the course's by default). */
  lessons?: readonly Lesson[];
}

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
function lessonWhere(slug: string, lessons: readonly Lesson[]): string {
  const name = lessonName(slug, lessons);
  const place = `${lessonPath(slug)} on the course site`;
  return name.startsWith('/') ? place : `${name} (${place})`;
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

/** The report a learner reads: one line per exercise, a progress bar, then what to do next. */
export function formatReport(report: GradeReport, context: ReportContext, c: Colours): string {
  const width = Math.max(...report.exercises.map((e) => e.title.length));
  const lines = [c.bold(`xent · grading ${context.folder}/`), ''];
  for (const e of report.exercises) lines.push(`  ${exerciseLine(e, width, c)}`);
  const done = report.exercises.filter((e) => e.status === 'passed').length;
  lines.push(
    '',
    `  ${progressBar(report.score, report.maxScore, c)} ${done} of ${report.exercises.length} exercises · ${report.score} of ${report.maxScore} points`,
    '',
  );
  const lessons = context.lessons ?? courseLessons;
  const progress = whereAmI(report.exercises, context.exercises, lessons);
  if (progress.lessonDone) {
    lines.push(
      c.green(`Every exercise of ${lessonName(progress.lessonDone, lessons)} passes.`),
      ...(progress.readNext ? [`  Read next: ${lessonWhere(progress.readNext, lessons)}.`] : []),
      '',
    );
  }
  const next = report.exercises.find((e) => e.status !== 'passed');
  if (next) {
    lines.push(...nextSteps(next, context, c));
  } else {
    lines.push(
      c.green(
        `Every graded exercise passes. ${report.exercises.length === context.exercises.length ? 'The course is complete: well done.' : ''}`.trim(),
      ),
    );
  }
  lines.push(
    '',
    c.bold(progressLine(progress, report.exercises.length, context.exercises.length, lessons)),
  );
  return `${lines.join('\n')}\n`;
}

function exerciseLine(e: ExerciseReport, width: number, c: Colours): string {
  const colour =
    e.status === 'passed'
      ? c.green
      : e.status === 'not-started'
        ? c.dim
        : e.status === 'failed'
          ? c.red
          : c.yellow;
  const points = `${e.score}/${e.maxScore}`.padStart(6);
  return `${colour(MARKS[e.status])} ${e.title.padEnd(width)}  ${points}  ${c.dim(statusNote(e))}`.trimEnd();
}

function statusNote(e: ExerciseReport): string {
  const failed = e.tests.filter((t) => t.status === 'failed').length;
  switch (e.status) {
    case 'passed':
      return `${e.tests.length} checks`;
    case 'failed':
      return `${failed} of ${e.tests.length} checks failed`;
    case 'not-started':
      return 'not started';
    case 'timeout':
      return 'stopped: possible infinite loop';
    case 'error':
      return 'could not be graded';
  }
}

function progressBar(score: number, max: number, c: Colours): string {
  const filled = max === 0 ? 0 : Math.round((score / max) * BAR_WIDTH);
  return `[${c.green('█'.repeat(filled))}${c.dim('░'.repeat(BAR_WIDTH - filled))}]`;
}

function nextSteps(e: ExerciseReport, context: ReportContext, c: Colours): string[] {
  const exercise = context.exercises.find((x) => x.id === e.id);
  const file = `${context.folder}/${e.id}/${e.id}.ts`;
  const lines = [c.bold(`Next: ${e.title}`), `  file    ${file}`];
  if (exercise) lines.push(`  lesson  /lessons/${exercise.lesson}/ on the course site (pnpm dev)`);
  lines.push('');
  if (e.status === 'not-started') {
    lines.push(
      `  Not started yet: read ${context.folder}/${e.id}/README.md, then replace the TODO in ${file}.`,
    );
  } else if (e.problem) {
    lines.push(
      `  ${e.status === 'timeout' ? c.yellow('Stopped') : c.yellow('Could not grade it')}:`,
      ...indent(e.problem, 4),
    );
  } else {
    const failing = e.tests.find((t) => t.status === 'failed');
    if (failing) lines.push(`  ${c.red('✗')} ${failing.name}`, ...indent(failing.message ?? '', 4));
  }
  if (e.output?.length)
    lines.push('', '  Your code printed:', ...e.output.map((line) => `    ${c.dim(line)}`));
  lines.push(
    '',
    `  Stuck? ${c.cyan(`pnpm grade --hint ${e.id}`)} shows a hint; ${c.cyan(`pnpm grade ${e.id}`)} re-grades just this one.`,
  );
  return lines;
}

function indent(text: string, spaces: number): string[] {
  const all = text.split('\n');
  const shown = all.slice(0, MESSAGE_LINES).map((line) => `${' '.repeat(spaces)}${line}`);
  if (all.length > MESSAGE_LINES)
    shown.push(`${' '.repeat(spaces)}… (${all.length - MESSAGE_LINES} more lines)`);
  return shown;
}
