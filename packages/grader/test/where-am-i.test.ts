import { exercises, type Lesson } from '@xent/course';
import { describe, expect, test } from 'vitest';
import { colours } from '../src/cli/colours.ts';
import { formatReport } from '../src/report/format-text.ts';
import type { ExerciseReport, ExerciseStatus } from '../src/report/report-types.ts';
import {
  lessonName,
  lessonWhere,
  type Progress,
  progressLine,
  whereAmI,
} from '../src/report/where-am-i.ts';

// A small course: two exercises in lesson 2, none in lesson 3 (a reading lesson), one in lesson 4.
const LESSONS: Lesson[] = [
  { slug: 'intro', number: 1, title: 'Intro' },
  { slug: 'softmax', number: 2, title: 'Softmax' },
  { slug: 'reading', number: 3, title: 'Just reading' },
  { slug: 'losses', number: 4, title: 'Losses' },
];
const COURSE = [
  { id: 'a', lesson: 'softmax' },
  { id: 'b', lesson: 'softmax' },
  { id: 'c', lesson: 'losses' },
];
const TITLES: Record<string, string> = { a: 'Exercise A', b: 'Exercise B', c: 'Exercise C' };

/** Graded reports from a compact spelling: `a:passed b:failed`. */
function graded(spec: string): Pick<ExerciseReport, 'id' | 'title' | 'status'>[] {
  return spec.split(' ').map((part) => {
    const [id = '', status = ''] = part.split(':');
    return { id, title: TITLES[id] ?? id, status: status as ExerciseStatus };
  });
}

const next = (id: string, lesson: string) => ({ id, title: TITLES[id] ?? id, lesson });

describe('whereAmI', () => {
  test.each<[string, string, Progress]>([
    [
      'nothing done',
      'a:not-started b:not-started c:not-started',
      { left: 3, next: next('a', 'softmax') },
    ],
    // Lesson 2 is half done: no lesson to read yet.
    [
      'one of two in a lesson',
      'a:passed b:failed c:not-started',
      { left: 2, next: next('b', 'softmax') },
    ],
    // Lesson 2 done: read lesson 3 (no exercises) next, though the next exercise is in lesson 4.
    [
      'a lesson done',
      'a:passed b:passed c:not-started',
      { left: 1, next: next('c', 'losses'), lessonDone: 'softmax', readNext: 'reading' },
    ],
    // Everything passes: the lesson after the last exercise's is still there to read.
    ['all done', 'a:passed b:passed c:passed', { left: 0, lessonDone: 'losses' }],
    // A later lesson passing says nothing while an earlier exercise is left.
    ['out of order', 'a:failed b:passed c:passed', { left: 1, next: next('a', 'softmax') }],
    // Grading only b: lesson 2 is not done, since a was not seen passing.
    ['a subset', 'b:passed', { left: 0 }],
    [
      'a subset that completes a lesson',
      'a:passed b:passed',
      { left: 0, lessonDone: 'softmax', readNext: 'reading' },
    ],
  ])('%s', (_case, spec, expected) => {
    expect(whereAmI(graded(spec), COURSE, LESSONS)).toEqual(expected);
  });

  test('reads the next lesson from the lesson numbers, not the list order', () => {
    const shuffled = [LESSONS[3], LESSONS[1], LESSONS[0], LESSONS[2]] as Lesson[];
    expect(whereAmI(graded('a:passed b:passed c:failed'), COURSE, shuffled).readNext).toBe(
      'reading',
    );
  });

  test("without a lesson list, names the next exercise's lesson", () => {
    expect(whereAmI(graded('a:passed b:passed c:failed'), COURSE, [])).toMatchObject({
      lessonDone: 'softmax',
      readNext: 'losses',
    });
  });
});

test.each([
  ['softmax', LESSONS, 'lesson 2 · Softmax'],
  ['softmax', [], '/lessons/softmax/'],
  ['unlisted', LESSONS, '/lessons/unlisted/'],
])('lessonName(%j) is %j', (slug, lessons, name) => {
  expect(lessonName(slug, lessons)).toBe(name);
});

test.each([
  ['softmax', LESSONS, 'lesson 2 · Softmax (/lessons/softmax/ on the course site)'],
  ['unlisted', LESSONS, '/lessons/unlisted/ on the course site'],
])('lessonWhere(%j) is %j', (slug, lessons, where) => {
  expect(lessonWhere(slug, lessons)).toBe(where);
});

test.each<[string, Progress, number, number, string]>([
  [
    'several left',
    { left: 2, next: next('b', 'softmax') },
    3,
    3,
    '2 exercises left · next: Exercise B, in lesson 2 · Softmax',
  ],
  [
    'one left',
    { left: 1, next: next('c', 'losses') },
    3,
    3,
    '1 exercise left · next: Exercise C, in lesson 4 · Losses',
  ],
  ['none left', { left: 0 }, 3, 3, '0 exercises left.'],
  [
    'a subset',
    { left: 1, next: next('a', 'softmax') },
    1,
    3,
    '1 of the 1 graded exercise left · next: Exercise A, in lesson 2 · Softmax',
  ],
])('progressLine: %s', (_case, progress, gradedCount, total, line) => {
  expect(progressLine(progress, gradedCount, total, LESSONS)).toBe(line);
});

describe('the text report', () => {
  const plain = colours(false);
  const report = (statuses: ExerciseStatus[]) => ({
    version: 1 as const,
    target: 'exercises',
    score: 0,
    maxScore: 0,
    exercises: exercises.map((e, i) => ({
      id: e.id,
      title: e.title,
      status: statuses[i] ?? 'not-started',
      score: 0,
      maxScore: e.points,
      durationMs: 0,
      diagnoses: [],
      tests: [],
    })),
  });
  const lessons = exercises.map((e, i) => ({
    slug: e.lesson,
    number: i + 10,
    title: `Title ${i}`,
  }));

  test("ends with how many exercises are left and the next one's lesson", () => {
    const text = formatReport(
      report(['passed']),
      { folder: 'exercises', exercises, lessons },
      plain,
    );
    const second = exercises[1];
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      `${exercises.length - 1} exercises left · next: ${second?.title}, in lesson 11 · Title 1`,
    );
  });

  test('says which lesson to read once every exercise of a lesson passes', () => {
    const text = formatReport(
      report(['passed']),
      { folder: 'exercises', exercises, lessons },
      plain,
    );
    expect(text).toContain(
      `Every exercise of lesson 10 · Title 0 passes.\n  Read next: lesson 11 · Title 1 (/lessons/${exercises[1]?.lesson}/ on the course site).`,
    );
  });

  test('says nothing about lessons before one is done', () => {
    const text = formatReport(report([]), { folder: 'exercises', exercises, lessons }, plain);
    expect(text).not.toContain('Every exercise of');
  });
});
