import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CourseManifest, Exercise } from '@xent/course';
import { DETECTORS, misconceptionsOf } from '@xent/grader/checks/support/diagnose.ts';
import type { ExerciseReport } from '@xent/grader/src/report/report-types.ts';
import {
  type WrongImplementation,
  wrongImplementations,
} from '@xent/grader/src/wrong-implementations.ts';
import { probesOf } from '../generated/fingerprints.ts';
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
 * names failing. For an exercise with probes, each wrong implementation is also diagnosed as the
 * misconception its header names (first), and the model solution, diagnosed even though it passes,
 * gets no diagnosis. Each target is graded exactly once, on worker threads, by the same check
 * definitions and sandbox as `pnpm grade`.
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
  const probed = new Set<string>();
  for (const exercise of gradable) if (await probesOf(layout, exercise)) probed.add(exercise.id);
  const graded = await gradeInParallel(
    targets.map((target) => ({
      exercise: target.exercise,
      file: target.file,
      checksFile: checksOf(layout, target.exercise),
      courseCode: target.kind === 'wrong',
      alwaysDiagnose: target.kind === 'solution',
    })),
    onProgress,
  );
  const reports = new Map<Target, ExerciseReport>(
    targets.map((target, i) => [target, graded[i]?.report as ExerciseReport]),
  );
  const solutionDiagnoses = new Map<Exercise, string[]>(
    targets.flatMap((target, i) =>
      target.kind === 'solution' ? [[target.exercise, graded[i]?.diagnosed ?? []]] : [],
    ),
  );
  const problems: string[] = gradable.flatMap((e) =>
    probed.has(e.id) ? catalogueProblems(e, wrongs) : [],
  );
  for (const [target, report] of reports) {
    const shown = relativeTo(layout, target.file);
    problems.push(...targetProblems(shown, target, report));
    if (!probed.has(target.exercise.id)) continue;
    if (target.kind === 'wrong') problems.push(...diagnosisProblems(shown, target.wrong, report));
    const named = solutionDiagnoses.get(target.exercise) ?? [];
    if (target.kind === 'solution' && named.length > 0)
      problems.push(
        `${shown}: the model solution must get no diagnosis, but its probes name ${named.join(', ')}: make the probes tell it from those wrong implementations`,
      );
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
    const line = `  ${exercise.id.padEnd(width)}  ${String(solution?.tests.length ?? 0).padStart(2)} checks · solution ${percent(solution)} · stub ${percent(stub)} · wrong implementations caught ${caught} of ${own.length}`;
    if (!probed.has(exercise.id)) return `${line} · no probes (no diagnosis)`;
    const byChecks = own.filter(([t]) => t.kind === 'wrong' && checksOnly(t.wrong));
    const outOfTime = own.filter(
      ([t, r]) => t.kind === 'wrong' && stoppedBeforeProbing(t.wrong, r),
    );
    const byProbes = own.filter(
      ([t, r]) =>
        !(t.kind === 'wrong' && (checksOnly(t.wrong) || stoppedBeforeProbing(t.wrong, r))),
    );
    const diagnosed = byProbes.filter(
      ([t, r]) => t.kind === 'wrong' && diagnosisProblems('', t.wrong, r).length === 0,
    ).length;
    const clean = (solutionDiagnoses.get(exercise) ?? []).length === 0;
    const left =
      byChecks.length === 0
        ? ''
        : ` · ${byChecks.length} recognised by the checks only (${[...new Set(byChecks.map(([t]) => (t.kind === 'wrong' ? t.wrong.misconception : '')))].join(', ')})`;
    const timed =
      outOfTime.length === 0 ? '' : ` · ${outOfTime.length} stopped for time before probing`;
    return `${line} · diagnosed as their own misconception ${diagnosed} of ${byProbes.length}${left}${timed} · solution ${clean ? 'not diagnosed' : 'DIAGNOSED'}`;
  });
  const checks = [...reports]
    .filter(([t]) => t.kind === 'solution')
    .reduce((n, [, r]) => n + r.tests.length, 0);
  return { problems, lines, checks, wrongs: wrongs.length };
}

/**
 * A slow wrong implementation stopped for time (its status is timeout) and named nothing: its probes
 * could not all run within the wall-clock limits, which a busy machine reaches sooner. Not a fault of
 * the catalogue; the proof line counts it apart.
 */
function stoppedBeforeProbing(wrong: WrongImplementation, report: ExerciseReport): boolean {
  return report.status === 'timeout' && report.diagnoses.length === 0 && !checksOnly(wrong);
}

/** A wrong implementation of an exercise with probes must be diagnosed first as the misconception its header names. */
function diagnosisProblems(
  shown: string,
  wrong: WrongImplementation,
  report: ExerciseReport,
): string[] {
  if (!wrong.misconception)
    return [
      `${shown}: name the misconception it embodies on a "Misconception: <id>" line (an id of packages/grader/wrong/misconceptions.ts)`,
    ];
  const named = report.diagnoses.map((d) => d.id);
  if (checksOnly(wrong))
    return named.length === 0
      ? []
      : [
          `${shown} embodies ${wrong.misconception}, which only the checks recognise, but the grader names ${named.join(', ')}: add a probe that tells it from those`,
        ];
  if (named[0] === wrong.misconception) return [];
  if (stoppedBeforeProbing(wrong, report)) return [];
  return [
    `${shown} is not diagnosed as its misconception ${wrong.misconception}: the grader names ${named.length ? named.join(', ') : 'nothing'}. Add a probe that shows this mistake, or correct its Misconception line`,
  ];
}

/** Whether a wrong implementation's misconception is one the catalogue leaves to the checks (no probe can show it). */
function checksOnly(wrong: WrongImplementation): boolean {
  return misconceptionsOf(wrong.exercise.id).some(
    (m) => m.id === wrong.misconception && m.checksOnly,
  );
}

/** The catalogue of an exercise with probes: each wrong implementation's id is in it, each entry can be recognised and links to a section of the exercise. */
function catalogueProblems(exercise: Exercise, wrongs: WrongImplementation[]): string[] {
  const catalogue = misconceptionsOf(exercise.id);
  const own = wrongs.filter((w) => w.exercise === exercise);
  const where = `packages/grader/wrong/misconceptions.ts (${exercise.id})`;
  return [
    ...own
      .filter((w) => w.misconception && !catalogue.some((m) => m.id === w.misconception))
      .map(
        (w) =>
          `packages/grader/wrong/${exercise.id}/${w.slug}.ts names the misconception ${w.misconception}, which ${where} does not list`,
      ),
    ...catalogue
      .filter((m) => !(m.section in exercise.sections))
      .map(
        (m) =>
          `${where}: ${m.id} links to section '${m.section}', which is not in the exercise's manifest sections (${Object.keys(exercise.sections).join(', ')})`,
      ),
    ...catalogue
      .filter((m) => !DETECTORS[m.id] && !own.some((w) => w.misconception === m.id))
      .map(
        (m) =>
          `${where}: ${m.id} can never be diagnosed: write a wrong implementation with "Misconception: ${m.id}"`,
      ),
  ];
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
