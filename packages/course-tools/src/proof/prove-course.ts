import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CourseManifest, Exercise } from '@xent/course';
import type { ExerciseReport } from '@xent/grader/src/report/report-types.ts';
import {
  type WrongImplementation,
  wrongImplementations,
} from '@xent/grader/src/wrong-implementations.ts';
import { type CourseLayout, exerciseFile, relativeTo } from '../layout.ts';
import { gradeInParallel } from './grade-in-parallel.ts';

/** What the proof run found: problems to fix, and one line per exercise saying how its checks fared. */
export interface Proof {
  problems: string[];
  lines: string[];
  checks: number;
  wrongs: number;
}

/** One file to grade and what it must score: everything (solution), "not started" (stub) or 0 (wrong). */
type Target =
  | { kind: 'solution'; exercise: Exercise; file: string }
  | { kind: 'stub'; exercise: Exercise; file: string }
  | { kind: 'wrong'; exercise: Exercise; file: string; wrong: WrongImplementation };

/**
 * The proof that the checks are right, run once: every model solution passes every check, every stub
 * scores 0 and is "not started", and every wrong implementation scores 0 with the check its header
 * names failing. Each target is graded exactly once, on worker threads, by the same check definitions
 * and sandbox as `pnpm grade`.
 */
export async function proveCourse(
  layout: CourseLayout,
  manifest: CourseManifest,
  onProgress?: (done: number, total: number) => void,
): Promise<Proof> {
  const gradable = manifest.exercises.filter((e) => existsSync(checksOf(layout, e)));
  const wrongs = wrongImplementations(gradable, layout.wrong);
  const targets: Target[] = [
    ...gradable.flatMap((exercise) => [
      { kind: 'solution' as const, exercise, file: exerciseFile(layout.solutions, exercise.id) },
      { kind: 'stub' as const, exercise, file: exerciseFile(layout.exercises, exercise.id) },
    ]),
    ...wrongs.map((wrong) => ({
      kind: 'wrong' as const,
      exercise: wrong.exercise,
      file: wrong.file,
      wrong,
    })),
  ].filter((target) => existsSync(target.file));
  const graded = await gradeInParallel(
    targets.map((target) => ({
      exercise: target.exercise,
      file: target.file,
      checksFile: checksOf(layout, target.exercise),
      courseCode: target.kind === 'wrong',
    })),
    onProgress,
  );
  const reports = new Map<Target, ExerciseReport>(
    targets.map((target, i) => [target, graded[i] as ExerciseReport]),
  );
  const problems: string[] = [];
  for (const [target, report] of reports) {
    problems.push(...targetProblems(relativeTo(layout, target.file), target, report));
  }
  const percent = (report: ExerciseReport | undefined) =>
    report ? `${Math.round((100 * report.score) / report.maxScore)} %` : 'missing';
  const find = (exercise: Exercise, kind: Target['kind']) =>
    [...reports].filter(([t]) => t.exercise === exercise && t.kind === kind);
  const width = Math.max(...gradable.map((e) => e.id.length));
  const lines = gradable.map((exercise) => {
    const solution = find(exercise, 'solution')[0]?.[1];
    const stub = find(exercise, 'stub')[0]?.[1];
    const own = find(exercise, 'wrong');
    const caught = own.filter(([t, r]) => targetProblems('', t, r).length === 0).length;
    return `  ${exercise.id.padEnd(width)}  ${String(solution?.tests.length ?? 0).padStart(2)} checks · solution ${percent(solution)} · stub ${percent(stub)} · wrong implementations caught ${caught} of ${own.length}`;
  });
  const checks = [...reports]
    .filter(([t]) => t.kind === 'solution')
    .reduce((n, [, r]) => n + r.tests.length, 0);
  return { problems, lines, checks, wrongs: wrongs.length };
}

function checksOf(layout: CourseLayout, exercise: Exercise): string {
  return path.join(layout.checks, `${exercise.id}.ts`);
}

function targetProblems(shown: string, target: Target, report: ExerciseReport): string[] {
  if (target.kind === 'solution') return solutionProblems(shown, report);
  if (target.kind === 'stub')
    return report.status === 'not-started'
      ? []
      : [
          `${shown}: the stub must score 0 and be reported "not started", but it is ${describe(report)}`,
        ];
  return wrongProblems(shown, target.wrong, report);
}

function describe(report: ExerciseReport): string {
  return `${report.status} (${report.score} of ${report.maxScore} points)`;
}

/** A model solution must pass every check (and there must be checks). */
function solutionProblems(shown: string, report: ExerciseReport): string[] {
  if (report.status === 'passed') return [];
  const failed = report.tests.filter((t) => t.status === 'failed');
  const details = failed
    .slice(0, 3)
    .map((t) => `\n    ✗ ${t.name}: ${(t.message ?? '').split('\n')[0]}`)
    .join('');
  const why = report.problem ? `\n    ${report.problem.split('\n')[0]}` : details;
  return [
    `${shown}: the model solution must score full marks, but it is ${describe(report)}${why}`,
  ];
}

/** A wrong implementation must score 0 with the check its "Caught by" line names failing. */
function wrongProblems(
  shown: string,
  wrong: WrongImplementation,
  report: ExerciseReport,
): string[] {
  const check = report.tests.find((t) => t.name === wrong.caughtBy);
  if (!check) {
    const names = report.tests.map((t) => `"${t.name}"`).join(', ');
    return [
      `${shown}: its "Caught by: ${wrong.caughtBy}" names no check of the ${wrong.exercise.id} suite (checks: ${names || 'none ran'})`,
    ];
  }
  if (check.status === 'passed')
    return [
      `${shown} is not caught: its check "${wrong.caughtBy}" passes. Make the checks catch this mistake (${wrong.mistake}) or name the check that does`,
    ];
  if (report.score > 0) return [`${shown} is not caught: it scores ${report.score} points`];
  return [];
}
