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

/** The gradebook: one row per learner (sorted), one column per exercise (in course order), then the total. */
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
  return [['learner', ...ids, 'total'], ...rows]
    .map((row) => row.map(csvField).join(','))
    .join('\n')
    .concat('\n');
}

/** The gradebook of report files. */
export function gradebookOf(files: string[]): string {
  return gradebookCsv(
    files.map((file) => ({ learner: learnerName(file), report: readReport(file) })),
  );
}
