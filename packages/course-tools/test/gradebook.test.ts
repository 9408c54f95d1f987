import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GradeReport } from '@xent/grader/src/report/report-types.ts';
import { expect, test } from 'vitest';
import { csvField, gradebookCsv, learnerName } from '../src/gradebook.ts';
import { freshDir, runCommand } from './support/course.ts';

/** A report with these scores (id → points earned of 10). */
function reportOf(scores: Record<string, number>): GradeReport {
  const exercises = Object.entries(scores).map(([id, score]) => ({
    id,
    title: id,
    status: score === 10 ? ('passed' as const) : ('failed' as const),
    score,
    maxScore: 10,
    durationMs: 1,
    tests: [],
    diagnoses: [],
  }));
  return { version: 1, target: '.', score: 0, maxScore: 0, exercises };
}

test.each([
  ['reports/ada.json', 'ada'],
  ['reports/Grace Hopper.JSON', 'Grace Hopper'],
  ['submissions/alan-turing/report.json', 'alan-turing'],
  ['submissions/emmy/grade.json', 'emmy'],
])('the learner of %s is %s', (file, name) => {
  expect(learnerName(file)).toBe(name);
});

test.each([
  ['ada', 'ada'],
  [20, '20'],
  ['Lovelace, Ada', '"Lovelace, Ada"'],
  ['say "hi"', '"say ""hi"""'],
])('csvField(%j) is %s', (value, field) => {
  expect(csvField(value)).toBe(field);
});

test('one row per learner, sorted, one column per exercise in course order, and the total', () => {
  const csv = gradebookCsv([
    { learner: 'grace', report: reportOf({ softmax: 10, 'ce-backward': 0 }) },
    { learner: 'ada', report: reportOf({ softmax: 10, 'ce-backward': 10 }) },
    { learner: 'alan', report: reportOf({ softmax: 0 }) },
  ]);
  expect(csv).toBe('learner,softmax,ce-backward,total\nada,10,10,20\nalan,0,0,0\ngrace,10,0,10\n');
});

test('pnpm course gradebook writes the CSV and refuses what is not a report', () => {
  const dir = freshDir('reports');
  writeFileSync(path.join(dir, 'ada.json'), JSON.stringify(reportOf({ softmax: 10 })));
  mkdirSync(path.join(dir, 'alan'));
  writeFileSync(path.join(dir, 'alan/report.json'), JSON.stringify(reportOf({ softmax: 0 })));
  writeFileSync(path.join(dir, 'notes.json'), '{"hello": 1}');
  const out = path.join(dir, 'gradebook.csv');
  const ok = runCommand('course', ['gradebook', 'ada.json', 'alan/report.json', '--out', out], {
    cwd: dir,
  });
  expect(ok.stdout).toBe(`course gradebook: 2 learners in ${out}\n`);
  expect(readFileSync(out, 'utf8')).toBe('learner,softmax,total\nada,10,10\nalan,0,0\n');
  const bad = runCommand('course', ['gradebook', 'notes.json'], { cwd: dir });
  expect(bad.stderr).toBe(
    `course: ${path.join(dir, 'notes.json')} is not a report of pnpm grade --json (version 1)\n`,
  );
  expect(bad.status).toBe(1);
});

/** `report` with these misconceptions named under its exercises (id → misconception ids). */
function diagnosed(report: GradeReport, named: Record<string, string[]>): GradeReport {
  const exercises = report.exercises.map((e) => ({
    ...e,
    diagnoses: (named[e.id] ?? []).map((id) => ({ id, title: id, nudge: '?', lesson: '/' })),
  }));
  return { ...report, exercises };
}

test('a second section counts, per exercise, the learners who showed each misconception', () => {
  const csv = gradebookCsv([
    {
      learner: 'ada',
      report: diagnosed(reportOf({ softmax: 0, 'ce-backward': 0 }), {
        softmax: ['no-max-shift'],
        'ce-backward': ['sum-instead-of-mean', 'sign-flipped'],
      }),
    },
    {
      learner: 'alan',
      report: diagnosed(reportOf({ softmax: 0, 'ce-backward': 0 }), {
        'ce-backward': ['sum-instead-of-mean'],
      }),
    },
    { learner: 'grace', report: reportOf({ softmax: 10, 'ce-backward': 10 }) },
  ]);
  expect(csv).toBe(
    [
      'learner,softmax,ce-backward,total',
      'ada,0,0,0',
      'alan,0,0,0',
      'grace,10,10,20',
      '',
      'exercise,misconception,learners',
      'softmax,no-max-shift,1',
      'ce-backward,sum-instead-of-mean,2',
      'ce-backward,sign-flipped,1',
      '',
    ].join('\n'),
  );
});
