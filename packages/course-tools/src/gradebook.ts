import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GradeReport } from '@xent/grader/src/report/report-types.ts';
import { InstructorError } from './layout.ts';

/** A learner's `--json` report with the name it is filed under. */
export interface NamedReport {
  learner: string;
  report: GradeReport;
}

/**
 * The learner a report belongs to, from its file name: `reports/ada.json` → `ada`; a report named
 * `report.json` (or `grade.json`) takes its folder's name: `ada-lovelace/report.json` → `ada-lovelace`.
 */
export function learnerName(file: string): string {
  const base = path.basename(file).replace(/\.json$/i, '');
  return base === 'report' || base === 'grade'
    ? path.basename(path.dirname(path.resolve(file)))
    : base;
}

/** A report file, read and checked to be a `pnpm grade --json` report. */
export function readReport(file: string): GradeReport {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InstructorError(`${file}: cannot read it as JSON (${(error as Error).message})`);
  }
  const report = value as Partial<GradeReport> | null;
  if (report?.version !== 1 || !Array.isArray(report.exercises))
    throw new InstructorError(`${file} is not a report of pnpm grade --json (version 1)`);
  return report as GradeReport;
}

/** One CSV field, quoted when it needs to be. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The gradebook: one row per learner (sorted), one column per exercise (in course order), then the
 * total. When any report names a misconception, a second section follows after a blank line:
 * `exercise,misconception,learners`, one row per misconception seen, most frequent first.
 */
export function gradebookCsv(reports: NamedReport[]): string {
  const seen = new Set<string>();
  for (const { learner } of reports) {
    if (seen.has(learner))
      throw new InstructorError(
        `two reports are for learner '${learner}': give each its own file name`,
      );
    seen.add(learner);
  }
  const ids = [...new Set(reports.flatMap(({ report }) => report.exercises.map((e) => e.id)))];
  const rows = [...reports]
    .sort((a, b) => a.learner.localeCompare(b.learner))
    .map(({ learner, report }) => {
      const scores = ids.map((id) => report.exercises.find((e) => e.id === id)?.score ?? 0);
      return [learner, ...scores, scores.reduce((total, s) => total + s, 0)];
    });
  const table = (rows: (string | number)[][]) =>
    rows
      .map((row) => row.map(csvField).join(','))
      .join('\n')
      .concat('\n');
  const counts = misconceptionCounts(reports, ids);
  const scores = table([['learner', ...ids, 'total'], ...rows]);
  return counts.length === 0
    ? scores
    : `${scores}\n${table([['exercise', 'misconception', 'learners'], ...counts.map((c) => [c.exercise, c.misconception, c.learners])])}`;
}

/** How many learners' reports name one misconception under one exercise. */
export interface MisconceptionCount {
  exercise: string;
  misconception: string;
  learners: number;
}

/**
 * Per exercise (in the order given), how many learners showed each misconception (first or second
 * diagnosis), most frequent first; reports written before diagnoses existed count as showing none.
 */
export function misconceptionCounts(
  reports: NamedReport[],
  exerciseIds: readonly string[],
): MisconceptionCount[] {
  return exerciseIds.flatMap((exercise) => {
    const tally = new Map<string, number>();
    for (const { report } of reports) {
      const entry = report.exercises.find((e) => e.id === exercise);
      const ids = new Set((entry?.diagnoses ?? []).map((d) => d.id));
      for (const id of ids) tally.set(id, (tally.get(id) ?? 0) + 1);
    }
    return [...tally]
      .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
      .map(([misconception, learners]) => ({ exercise, misconception, learners }));
  });
}

/** The gradebook of report files. */
export function gradebookOf(files: string[]): string {
  return gradebookCsv(
    files.map((file) => ({ learner: learnerName(file), report: readReport(file) })),
  );
}
