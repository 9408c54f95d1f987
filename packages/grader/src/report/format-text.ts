import { lessons as courseLessons, type Exercise, type Lesson } from '@xent/course';
import type { Colours } from '../cli/colours.ts';
import type { ExerciseReport, ExerciseStatus, GradeReport } from './report-types.ts';
import { lessonName, lessonWhere, progressLine, whereAmI } from './where-am-i.ts';

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
    lines.push(...diagnosisLines(e, c));
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

/** "Looks like: <title> (<id>)", its nudge and the section to reread, for each diagnosis (the second as "Or perhaps"). */
function diagnosisLines(e: ExerciseReport, c: Colours): string[] {
  return (e.diagnoses ?? []).flatMap((d, i) => [
    `  ${c.yellow(i === 0 ? 'Looks like:' : 'Or perhaps:')} ${d.title} ${c.dim(`(${d.id})`)}`,
    `    ${d.nudge}`,
    `    ${c.dim(`Reread: ${d.lesson}`)}`,
    '',
  ]);
}

function indent(text: string, spaces: number): string[] {
  const all = text.split('\n');
  const shown = all.slice(0, MESSAGE_LINES).map((line) => `${' '.repeat(spaces)}${line}`);
  if (all.length > MESSAGE_LINES)
    shown.push(`${' '.repeat(spaces)}… (${all.length - MESSAGE_LINES} more lines)`);
  return shown;
}
