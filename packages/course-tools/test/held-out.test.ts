import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { diagnose } from '@xent/grader/checks/support/diagnose.ts';
import { bundleExercise } from '@xent/grader/src/sandbox/bundle-exercise.ts';
import { loadExercise } from '@xent/grader/src/sandbox/load-exercise.ts';
import { describe, expect, test } from 'vitest';
import { loadChecks } from '../src/generated/fingerprints.ts';
import { courseLayout, readManifest } from '../src/layout.ts';
import { gradeDirectly } from '../src/proof/run-checks-directly.ts';
import { REPO } from './support/course.ts';

// The held-out set: implementations written apart from the catalogue and its wrong implementations,
// in other styles (loops, other names, other but equivalent formulas), each labelled on its first line
// with the misconception it should be diagnosed as ("Expect: <id>"), or "Expect: none" for a correct
// file or a mistake the catalogue does not hold. The diagnosis is scored on its first (best) answer.

/** The floors the diagnosis must reach on the held-out set. */
const FLOORS = { precision: 0.9, recall: 0.7 };
/** The added time a failing exercise may spend on its diagnosis (median over the set). */
const BUDGET_MS = 150;

const layout = courseLayout(REPO);
const manifest = readManifest(layout);
const HELD_OUT = path.join(import.meta.dirname, 'held-out');

interface Case {
  exercise: string;
  name: string;
  file: string;
  /** The misconceptions a right first diagnosis may name (one, or either of two for a file with two mistakes); ['none'] for none. */
  expected: string[];
}

const cases: Case[] = readdirSync(HELD_OUT).flatMap((exercise) =>
  readdirSync(path.join(HELD_OUT, exercise))
    .filter((name) => name.endsWith('.ts') && !name.startsWith('_'))
    .map((name) => {
      const file = path.join(HELD_OUT, exercise, name);
      const label = /^\/\/ Expect: ([a-z-]+(?:, [a-z-]+)*)/.exec(readFileSync(file, 'utf8'))?.[1];
      if (!label) throw new Error(`held-out: ${exercise}/${name} has no "// Expect: <id>" line`);
      return { exercise, name: name.replace(/\.ts$/, ''), file, expected: label.split(', ') };
    }),
);

interface Seen extends Case {
  status: string;
  named: string[];
  diagnoseMs: number;
}

async function examine(c: Case): Promise<Seen> {
  const exercise = manifest.exercises.find((e) => e.id === c.exercise);
  if (!exercise) throw new Error(`held-out: no exercise '${c.exercise}' in the manifest`);
  const checksFile = path.join(layout.checks, `${c.exercise}.ts`);
  let named: string[] = [];
  // diagnosed even when it passes, so that a correct file's probes are put to the test too
  const report = await gradeDirectly(exercise, c.file, checksFile, {
    // the held-out files are the course's own test material: they may share helpers in their folder
    courseCode: true,
    alwaysDiagnose: true,
    onDiagnosis: (found) => {
      named = found.map((d) => d.id);
    },
  });
  const probes = (await loadChecks(checksFile)).probes;
  const fingerprints = (await import(path.join(layout.checks, 'fingerprints', `${c.exercise}.ts`)))
    .default;
  const learner = loadExercise(
    { id: c.exercise, file: c.file, exports: exercise.exports },
    await bundleExercise(c.file),
  );
  const start = performance.now();
  if (probes) diagnose({ probes, fingerprints }, learner);
  return { ...c, status: report.status, named, diagnoseMs: performance.now() - start };
}

describe('the diagnosis on the held-out set', async () => {
  const seen = await Promise.all(cases.map(examine));

  test.each(seen.map((s) => [`${s.exercise}/${s.name}`, s] as const))(
    '%s is graded as its label says (a correct file passes, a mistake fails)',
    (_, s) => {
      const correct = s.expected[0] === 'none' && s.name.startsWith('correct');
      expect(s.status).toBe(correct ? 'passed' : 'failed');
    },
  );

  test(`precision ≥ ${FLOORS.precision} and recall ≥ ${FLOORS.recall}, on the first diagnosis`, () => {
    const first = (s: Seen) => s.named[0] ?? 'none';
    const isMistake = (s: Seen) => s.expected[0] !== 'none';
    const isHit = (s: Seen) => isMistake(s) && s.expected.includes(first(s));
    const hits = seen.filter(isHit).length;
    const named = seen.filter((s) => first(s) !== 'none').length;
    const mistakes = seen.filter(isMistake).length;
    const precision = named === 0 ? 0 : hits / named;
    const recall = mistakes === 0 ? 0 : hits / mistakes;
    const misses = seen
      .filter((s) => !s.expected.includes(first(s)))
      .map(
        (s) =>
          `  ${s.exercise}/${s.name}: expected ${s.expected.join(' or ')}, named ${s.named.join(', ') || 'none'}`,
      );
    console.log(
      [
        `held-out diagnosis: ${seen.length} files, ${mistakes} mistakes, ${named} diagnosed`,
        `  precision ${precision.toFixed(3)} (${hits} of ${named}) · recall ${recall.toFixed(3)} (${hits} of ${mistakes})`,
        ...misses,
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(recall).toBeGreaterThanOrEqual(FLOORS.recall);
  });

  test(`diagnosing a failing exercise takes at most ${BUDGET_MS} ms (median)`, () => {
    const times = seen
      .filter((s) => s.status === 'failed')
      .map((s) => s.diagnoseMs)
      .sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(
      `diagnosis time per failing exercise: median ${median.toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms over ${times.length}`,
    );
    expect(median).toBeLessThanOrEqual(BUDGET_MS);
  });
});
