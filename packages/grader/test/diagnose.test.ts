import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exercises, findLesson, type Lesson, lessonLabel } from '@xent/course';
import { describe, expect, test } from 'vitest';
import type { ExerciseChecks } from '../checks/support/define-checks.ts';
import {
  DETECTORS,
  decodeOutcomes,
  type ExerciseProbes,
  type Fingerprint,
  misconceptionsOf,
  type Outcome,
  rankMisconceptions,
  referenceOutcomes,
  runProbes,
  sameBehaviour,
} from '../checks/support/diagnose.ts';
import { wrongImplementations } from '../src/wrong-implementations.ts';
import { CATALOGUE, SHARED } from '../wrong/misconceptions.ts';
import { freshDir, REPO, runGrade, submission } from './support/cli.ts';

/** The exercises that declare probes, with their recorded fingerprints. */
const diagnosed = (
  await Promise.all(
    exercises.map(async (e) => {
      const checks: ExerciseChecks<unknown> = (await import(`../checks/${e.id}.ts`)).default;
      if (!checks.probes) return [];
      const fingerprints: Fingerprint[] = (await import(`../checks/fingerprints/${e.id}.ts`))
        .default;
      return [{ id: e.id, probes: checks.probes, fingerprints }];
    }),
  )
).flat();

const entries = exercises.flatMap((e) => misconceptionsOf(e.id).map((m) => ({ exercise: e, m })));

describe('the catalogue', () => {
  test('covers the four first exercises', () => {
    expect(diagnosed.map((d) => d.id)).toEqual(
      expect.arrayContaining(['softmax', 'ce-backward', 'label-smoothing', 'focal-loss']),
    );
  });

  test.each(entries.map(({ exercise, m }) => [exercise.id, m.id, exercise.sections, m] as const))(
    '%s › %s links to a section of the exercise',
    (_, __, sections, m) => {
      expect(Object.keys(sections)).toContain(m.section);
    },
  );

  test.each(entries.map(({ exercise, m }) => [exercise.id, m.id, m.nudge] as const))(
    '%s › %s nudges with a question, not the fix',
    (_, __, nudge) => {
      expect(nudge).toMatch(/\?$/);
      expect(nudge).not.toMatch(/`|instead of|\bdivide|\bsubtract|\bshould be\b|=>|Math\.max/i);
    },
  );

  test('lists each id once per exercise, and every shared id is used', () => {
    for (const [id, list] of Object.entries(CATALOGUE)) {
      const ids = misconceptionsOf(id).map((m) => m.id);
      expect(new Set(ids).size, id).toBe(list.length);
    }
    const used = new Set(entries.map(({ m }) => m.id));
    for (const id of Object.keys(SHARED)) expect(used, id).toContain(id);
  });

  test('an exercise without entries has no misconceptions', () => {
    expect(misconceptionsOf('no-such-exercise')).toEqual([]);
  });
});

describe.each(diagnosed)('the probes of $id', ({ id, probes, fingerprints }) => {
  const reference = referenceOutcomes(probes);
  // a misconception left to the checks (its one symptom is running time) shows on no probe
  const leftToChecks = new Set(
    misconceptionsOf(id)
      .filter((m) => m.checksOnly)
      .map((m) => m.id),
  );
  const probed = fingerprints.filter((f) => !leftToChecks.has(f.misconception));

  test.each(probed.map((f) => [f.from, f] as const))(
    'tell the wrong implementation %s from the reference',
    (_, fingerprint) => {
      const outcomes = decodeOutcomes(fingerprint.outcomes);
      const differs = outcomes.some((o, i) => {
        const right = reference[i] as Outcome;
        return o.changed !== right.changed || !sameBehaviour(o, right);
      });
      // NaN where −∞ is right is the same behaviour to sameBehaviour: only a detector tells them apart
      const detected = DETECTORS[fingerprint.misconception]?.(outcomes, reference, probes);
      expect(differs || detected !== undefined).toBe(true);
    },
  );

  test.each(probed.map((f) => [f.from, f.misconception, f] as const))(
    'name %s as %s first, and a second only if it explains something more',
    (_, misconception, fingerprint) => {
      const catalogue = misconceptionsOf(id);
      const outcomes = decodeOutcomes(fingerprint.outcomes);
      const named = rankMisconceptions(catalogue, fingerprints, outcomes, reference, probes);
      expect(named[0]).toBe(misconception);
      // each catalogued mistake is one mistake: whatever else is named must be a detector's finding
      for (const other of named.slice(1)) expect(Object.keys(DETECTORS)).toContain(other);
    },
  );

  test.each(
    fingerprints
      .filter((f) => leftToChecks.has(f.misconception))
      .map((f) => [f.from, f.misconception, f] as const),
  )('name nothing for %s, whose %s only the checks recognise', (_, __, fingerprint) => {
    const catalogue = misconceptionsOf(id).filter((m) => !m.checksOnly);
    const outcomes = decodeOutcomes(fingerprint.outcomes);
    expect(rankMisconceptions(catalogue, fingerprints, outcomes, reference, probes)).toEqual([]);
  });

  test('name nothing for the reference itself', () => {
    const catalogue = misconceptionsOf(id);
    expect(rankMisconceptions(catalogue, fingerprints, reference, reference, probes)).toEqual([]);
  });

  test('are recorded for every wrong implementation that names a misconception', () => {
    const named = wrongImplementations([{ id }]).filter((w) => w.misconception);
    expect(fingerprints.map((f) => [f.from, f.misconception]).sort()).toEqual(
      named.map((w) => [w.slug, w.misconception]).sort(),
    );
    for (const f of fingerprints) expect(f.outcomes).toHaveLength(probes.calls.length);
  });
});

describe('runProbes', () => {
  /** How many values a learner reads from its argument in two loops over it. */
  const readTwice = (values: Iterable<number>) => {
    let n = 0;
    for (const _ of values) n++;
    for (const _ of values) n++;
    return n;
  };
  const probes = (streams?: number[]): ExerciseProbes => ({
    id: 'online-softmax',
    reference: { readTwice },
    calls: [{ fn: 'readTwice', args: [[1, 2, 3]], ...(streams ? { streams } : {}) }],
  });

  test.each([
    ['an array, read twice', undefined, 6],
    ['a stream (streams: [0]), empty the second time', [0], 3],
  ] as const)('passes %s', (_, streams, reads) => {
    const outcomes = runProbes(probes(streams ? [...streams] : undefined), { readTwice });
    expect(outcomes).toEqual([{ value: reads, changed: false }]);
  });
});

describe('sameBehaviour', () => {
  test.each([
    [1, 1 + 1e-9, true],
    [1, 1.001, false],
    [[0.5, 0.5], [0.5, 0.5], true],
    [[0.5, 0.5], [0.5], false],
    // any non-finite number matches any other: "it breaks here too"
    [Number.NaN, Number.POSITIVE_INFINITY, true],
    [Number.NaN, 3, false],
    [[[1, 2]], [[1, 2]], true],
  ] as const)('%j against %j is %s', (a, b, same) => {
    expect(sameBehaviour({ value: a, changed: false }, { value: b, changed: false })).toBe(same);
  });

  test('a call that threw matches only another that threw', () => {
    expect(sameBehaviour({ threw: true, changed: false }, { threw: true, changed: false })).toBe(
      true,
    );
    expect(sameBehaviour({ threw: true, changed: false }, { value: 1, changed: false })).toBe(
      false,
    );
  });
});

describe('the detectors', () => {
  const probes: ExerciseProbes = {
    id: 'softmax',
    reference: { softmax: (z: number[]) => z },
    calls: [
      { fn: 'softmax', args: [[Number.NEGATIVE_INFINITY, 0]] },
      { fn: 'softmax', args: [[0, -50]] },
    ],
  };
  const reference: Outcome[] = [
    { value: [0, 1], changed: false },
    { value: [1, 1.9e-22], changed: false },
  ];
  const seen = (a: number[], b: number[], changed = false): Outcome[] => [
    { value: a, changed },
    { value: b, changed: false },
  ];
  test.each([
    ['masked-class-nan', seen([Number.NaN, 1], [1, 1.9e-22]), true],
    // NaN everywhere is not "NaN exactly at −∞"
    ['masked-class-nan', seen([Number.NaN, Number.NaN], [1, 1.9e-22]), false],
    ['clamps-values', seen([1e-9, 1], [1, 1e-9]), true],
    ['clamps-values', seen([1e-9, 1 - 1e-9], [1 - 1e-9, 1e-9]), true],
    // off by a different amount at each entry: not a clip
    ['clamps-values', seen([1e-9, 1], [1, 3e-9]), false],
    ['clamps-values', seen([0, 1], [1, 1.9e-22]), false],
    ['mutates-input', seen([0, 1], [1, 1.9e-22], true), true],
    ['mutates-input', seen([0, 1], [1, 1.9e-22]), false],
  ] as const)('%s on %j matches: %s', (id, learner, matches) => {
    const detector = DETECTORS[id];
    expect(detector?.(learner, reference, probes) !== undefined).toBe(matches);
  });

  // a log-sum-exp: the first probe's values are all −∞, so −∞ is its right answer
  const lse: Outcome[] = [
    { value: Number.NEGATIVE_INFINITY, changed: false },
    { value: 3.05, changed: false },
  ];
  const scalars = (a: number, b: number): Outcome[] => [
    { value: a, changed: false },
    { value: b, changed: false },
  ];
  test.each([
    ['NaN at −∞, right elsewhere', scalars(Number.NaN, 3.05), true],
    ['right everywhere', scalars(Number.NEGATIVE_INFINITY, 3.05), false],
    ['NaN at −∞ and wrong elsewhere too', scalars(Number.NaN, 3), false],
    ['NaN where a number is right', scalars(Number.NEGATIVE_INFINITY, Number.NaN), false],
  ] as const)('fully-masked-nan, %s: matches %s', (_, learner, matches) => {
    expect(DETECTORS['fully-masked-nan']?.(learner, lse, probes) !== undefined).toBe(matches);
  });
});

describe('pnpm grade names the misconception of a failing exercise', () => {
  const wrong = readFileSync(
    path.join(REPO, 'packages/grader/wrong/ce-backward/forgets-batch-mean.ts'),
    'utf8',
  );
  const dir = submission({ 'ce-backward': wrong });
  const json = path.join(freshDir('report'), 'report.json');
  const run = runGrade(['--exercises', dir, '--json', json]);
  const report = JSON.parse(readFileSync(json, 'utf8')) as {
    exercises: { id: string; diagnoses: { id: string; nudge: string; lesson: string }[] }[];
  };
  const byId = (id: string) => report.exercises.find((e) => e.id === id);

  test('in the text report: "Looks like", the title and a nudge, before the failing check', () => {
    const looks = run.stdout.indexOf('Looks like: A sum where the course asks for a mean');
    expect(looks).toBeGreaterThan(-1);
    expect(looks).toBeLessThan(run.stdout.indexOf('✗ matches the reference'));
    expect(run.stdout).toContain(SHARED['sum-instead-of-mean'].nudge);
  });

  test('in the JSON report: diagnoses with id, title, nudge and lesson; none for passing exercises', () => {
    expect(byId('ce-backward')?.diagnoses[0]).toMatchObject({
      id: 'sum-instead-of-mean',
      lesson: expect.stringMatching(/ › .+ \(\/lessons\/gradients\/#.+\)$/),
    });
    const lesson = byId('ce-backward')?.diagnoses[0]?.lesson ?? '';
    expect(lesson.startsWith(lessonLabel(findLesson('gradients') as Lesson))).toBe(true);
    for (const id of ['softmax', 'label-smoothing', 'focal-loss'])
      expect(byId(id)?.diagnoses).toEqual([]);
  });
});
