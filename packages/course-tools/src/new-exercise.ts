import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CourseManifest, Exercise } from '@xent/course';
import { formatWithBiome } from './biome-format.ts';
import {
  type CourseLayout,
  exerciseFile,
  InstructorError,
  lessonFile,
  readManifest,
  relativeTo,
} from './layout.ts';
import { readLessonPage } from './lesson-pages.ts';
import { syncCourse } from './sync.ts';

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Everything the new files need to know about a new exercise. */
export interface NewExercise {
  id: string;
  /** The learner's function: the id in camelCase (`kl-divergence` → `klDivergence`). */
  fn: string;
  title: string;
  lesson: string;
  lessonTitle: string;
  /** The lesson heading the first checks send learners back to (the instructor may change it). */
  heading: string;
}

/** What `new-exercise` did and what is left for the instructor to write. */
export interface Scaffolded {
  created: string[];
  changed: string[];
  checklist: string[];
  card: { page: string; tag: string };
}

/** `kl-divergence` → `klDivergence`. */
export function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `kl-divergence` → `Kl divergence`: a default title, to be edited. */
export function titleOf(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Adds an exercise to the course: its manifest entry and files only in its own places (stub and task,
 * solution, checks, a first wrong implementation), then syncs the generated files. A bad or taken id
 * or an unknown lesson is an InstructorError (exit 2) before anything is written.
 */
export async function newExercise(
  layout: CourseLayout,
  options: { id: string; lesson: string; title?: string },
): Promise<Scaffolded> {
  const manifest = readManifest(layout);
  const spec = specOf(layout, manifest, options);
  const created: string[] = [];
  const create = (file: string, content: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content, { flag: 'wx' });
    created.push(relativeTo(layout, file));
  };
  const { id } = spec;
  // After the exercises of its lesson and of the lessons before it: the manifest is in lesson order.
  const place = (lesson: string) => manifest.lessons.indexOf(lesson);
  const at = manifest.exercises.filter((e) => place(e.lesson) <= place(spec.lesson)).length;
  const withEntry: CourseManifest = {
    ...manifest,
    exercises: [
      ...manifest.exercises.slice(0, at),
      exerciseEntry(spec),
      ...manifest.exercises.slice(at),
    ],
  };
  const json = await formatWithBiome(layout.root, layout.manifest, JSON.stringify(withEntry));
  create(exerciseFile(layout.exercises, id), stubSource(spec));
  create(path.join(layout.exercises, id, 'README.md'), readmeSource(spec));
  create(exerciseFile(layout.solutions, id), solutionSource(spec));
  create(path.join(layout.checks, `${id}.ts`), checksSource(spec));
  create(path.join(layout.wrong, id, 'mutates-input.ts'), wrongSource(spec));
  writeFileSync(layout.manifest, json);
  const synced = await syncCourse(layout, withEntry);
  const shown = (file: string) => relativeTo(layout, file);
  const isNew = (file: string) => file.endsWith(`/${id}.test.ts`);
  return {
    created: [...created, ...synced.written.filter(isNew)],
    changed: [shown(layout.manifest), ...synced.written.filter((file) => !isNew(file))],
    checklist: [
      `${shown(exerciseFile(layout.exercises, id))} and README.md: the signature, the task and its edge cases`,
      `${shown(exerciseFile(layout.solutions, id))}: the model answer`,
      `${shown(path.join(layout.checks, `${id}.ts`))}: the checks, with @xent/core as the oracle (failures link to "${spec.heading}"; change "sections" in the manifest to link elsewhere)`,
      `${shown(path.join(layout.wrong, id))}/: at least six wrong implementations, one per likely mistake`,
    ],
    card: { page: shown(lessonFile(layout, spec.lesson)), tag: `<ExerciseCard id="${id}" />` },
  };
}

function specOf(
  layout: CourseLayout,
  manifest: CourseManifest,
  options: { id: string; lesson: string; title?: string },
): NewExercise {
  const { id, lesson } = options;
  if (!ID_PATTERN.test(id))
    throw new InstructorError(
      `'${id}' is not a valid exercise id: use lower-case words joined by hyphens, like kl-divergence`,
      2,
    );
  if (manifest.exercises.some((e) => e.id === id))
    throw new InstructorError(
      `exercise '${id}' already exists in ${relativeTo(layout, layout.manifest)}`,
      2,
    );
  for (const taken of [
    path.join(layout.exercises, id),
    path.join(layout.solutions, id),
    path.join(layout.wrong, id),
    path.join(layout.checks, `${id}.ts`),
  ]) {
    if (existsSync(taken))
      throw new InstructorError(
        `${relativeTo(layout, taken)} already exists: remove it or choose another id`,
        2,
      );
  }
  if (!manifest.lessons.includes(lesson))
    throw new InstructorError(
      `'${lesson}' is not a lesson of the course; use one of: ${manifest.lessons.join(', ')}`,
      2,
    );
  const title = (options.title ?? titleOf(id)).trim();
  if (title === '' || title.includes('\n'))
    throw new InstructorError('--title must be one non-empty line', 2);
  const page = readLessonPage(lessonFile(layout, lesson));
  if (!page)
    throw new InstructorError(
      `${relativeTo(layout, lessonFile(layout, lesson))} does not exist`,
      2,
    );
  const heading =
    page.headings.find((h) => !/^(learning objectives|common mistakes)$/i.test(h)) ??
    page.headings[0];
  if (heading === undefined)
    throw new InstructorError(
      `${relativeTo(layout, lessonFile(layout, lesson))} has no heading for the checks to link to`,
      2,
    );
  return { id, fn: camelCase(id), title, lesson, lessonTitle: page.title ?? lesson, heading };
}

/** The learner's stub: the task, a `// TODO:` and the grader's "TODO: implement" error. */
export function stubSource(spec: NewExercise): string {
  return `/**
 * Lesson · ${spec.lessonTitle} (/lessons/${spec.lesson}/)
 *
 * ${spec.title}: given a vector of numbers, return a new vector of the same length.
 * The input must not change.
 */
export function ${spec.fn}(values: number[]): number[] {
  // TODO: implement ${spec.fn} and return a new array.
  void values;
  throw new Error('TODO: implement ${spec.fn}');
}
`;
}

/** The model solution, a correct placeholder that the generated suite accepts. */
export function solutionSource(spec: NewExercise): string {
  return `/**
 * ${spec.title}: the model solution.
 */
export function ${spec.fn}(values: number[]): number[] {
  return values.map((value) => value);
}
`;
}

/** The task as the learner reads it in exercises/<id>/README.md. */
export function readmeSource(spec: NewExercise): string {
  return `# ${spec.title}

Write \`${spec.fn}(values)\`: given a vector of numbers, return a new array of the same length.
Your function must leave its input unchanged.

Lesson: [${spec.lessonTitle}](/lessons/${spec.lesson}/).
`;
}

/** The checks: an oracle on fixed and random inputs, the shape, and no mutation. */
export function checksSource(spec: NewExercise): string {
  const { fn, id } = spec;
  return `import type * as Learner from '@exercise/${id}';
import { logitVector } from './support/arbitraries.ts';
import { callLearner } from './support/call-learner.ts';
import { type CheckContext, expectClose, expectVector } from './support/expect-close.ts';
import { defineChecks } from './support/define-checks.ts';
import { checkProperty } from './support/property.ts';
import { expectInputsUnchanged } from './support/unchanged.ts';

/** The oracle: what a correct ${fn} returns. Point it at @xent/core through support/reference.ts. */
function oracle(values: number[]): number[] {
  return values.map((value) => value);
}

export default defineChecks('${id}', (learner: typeof Learner, { check, section }) => {
  const { ${fn} } = learner;
  const MAIN = section('main');

  function about(values: number[], extra: Partial<CheckContext> = {}) {
    return { what: '${fn}', input: [values], lesson: MAIN, ...extra } satisfies CheckContext;
  }

  function expectMatchesOracle(values: number[]) {
    const received = callLearner('${fn}', ${fn}, [values]);
    expectClose(received, oracle(values), about(values));
  }

  check('returns one number per input value', () => {
    const values = [0.5, -1, 2];
    expectVector(callLearner('${fn}', ${fn}, [values]), values.length, about(values));
  });

  check('matches the reference on small inputs', () => {
    for (const values of [[1, 2, 3], [0], [-1, 0.5]]) expectMatchesOracle(values);
  });

  check('matches the reference on random inputs', () => {
    checkProperty(logitVector(), expectMatchesOracle);
  });

  check('does not modify its input', () => {
    expectInputsUnchanged('${fn}', ${fn}, [[3, 1, -2, 0.5]], ['values']);
  });
});
`;
}

/** A first wrong implementation, caught by the first check: one per likely mistake is the goal. */
export function wrongSource(spec: NewExercise): string {
  return `/**
 * Mistake: overwrites the caller's array while computing the result.
 * Caught by: does not modify its input
 */
export function ${spec.fn}(values: number[]): number[] {
  const result = values.map((value) => value);
  values.fill(0);
  return result;
}
`;
}

/** The manifest entry, with real defaults to edit (points, hints, the section). */
export function exerciseEntry(spec: NewExercise): Exercise {
  return {
    id: spec.id,
    title: spec.title,
    lesson: spec.lesson,
    points: 10,
    exports: [spec.fn],
    hints: [
      'Work through the definition in the lesson on a small example by hand before you write code.',
      'Check the edge cases the lesson mentions, and return a new array: never change the input.',
      `Reread "${spec.heading}" in the lesson and compare each step of your code with it.`,
    ],
    sections: { main: { lesson: spec.lesson, heading: spec.heading } },
  };
}
