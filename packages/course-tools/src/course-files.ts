import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CourseManifest, Exercise } from '@xent/course';
import { type CoverageFinding, cardCoverage, findCardUses } from '@xent/course/lesson-cards';
import { bundleExercise } from '@xent/grader/src/sandbox/bundle-exercise.ts';
import { wrongImplementations } from '@xent/grader/src/wrong-implementations.ts';
import { type CourseLayout, exerciseFile, lessonFile, relativeTo } from './layout.ts';
import { readLessonPage } from './lesson-pages.ts';

/** Fewer wrong implementations than this and a suite is not proven. */
export const MIN_WRONG_IMPLEMENTATIONS = 6;

/** The files an exercise's folder under exercises/ holds: the stub and the task. */
const EXERCISE_FILES = (id: string) => [`${id}.ts`, 'README.md'];

/** Every file under `dir`, relative to it with forward slashes, sorted; [] when `dir` is missing. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** The names of the folders directly inside `dir`. */
function listFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Missing and stray files of one folder that must hold exactly `expected`. */
function folderProblems(
  layout: CourseLayout,
  folder: string,
  expected: readonly string[],
): string[] {
  const shown = relativeTo(layout, folder);
  const present = listFiles(folder);
  return [
    ...expected.filter((f) => !present.includes(f)).map((f) => `${shown}/${f} is missing`),
    ...present
      .filter((f) => !expected.includes(f))
      .map(
        (f) => `${shown}/${f} is a stray file: this folder holds only ${expected.join(' and ')}`,
      ),
  ];
}

/** The catalogue of misconceptions, the one file of wrong/ that belongs to every exercise. */
export function catalogueFile(layout: CourseLayout): string {
  return path.join(layout.wrong, 'misconceptions.ts');
}

/** Exercise folders (and check files) named after no exercise of the manifest. */
function strayProblems(layout: CourseLayout, ids: Set<string>): string[] {
  const named = [
    ...[layout.exercises, layout.solutions, layout.wrong].flatMap((dir) =>
      [...listFolders(dir), ...listFiles(dir).filter((f) => !f.includes('/'))].map((name) => ({
        file: path.join(dir, name),
        id: name,
      })),
    ),
    ...listFiles(layout.checks)
      .filter((f) => !f.includes('/') && f.endsWith('.ts'))
      .map((f) => ({ file: path.join(layout.checks, f), id: f.replace(/\.ts$/, '') })),
  ];
  return named
    .filter(({ file }) => file !== catalogueFile(layout))
    .filter(({ id }) => !ids.has(id))
    .map(
      ({ file }) =>
        `${relativeTo(layout, file)} belongs to no exercise of the manifest; add the exercise or delete it (pnpm course remove <id> removes an exercise's files)`,
    );
}

/** The problems with the files of the course: exercises, solutions, checks and wrong implementations. */
export function fileProblems(layout: CourseLayout, manifest: CourseManifest): string[] {
  const problems = strayProblems(layout, new Set(manifest.exercises.map((e) => e.id)));
  for (const { id } of manifest.exercises) {
    problems.push(
      ...folderProblems(layout, path.join(layout.exercises, id), EXERCISE_FILES(id)),
      ...folderProblems(layout, path.join(layout.solutions, id), [`${id}.ts`]),
    );
    const checks = path.join(layout.checks, `${id}.ts`);
    if (!existsSync(checks))
      problems.push(`${relativeTo(layout, checks)} is missing: define the checks of '${id}'`);
    problems.push(...wrongProblems(layout, id));
  }
  return problems;
}

function wrongProblems(layout: CourseLayout, id: string): string[] {
  const wrongs = wrongImplementations([{ id }], layout.wrong);
  const folder = relativeTo(layout, path.join(layout.wrong, id));
  const problems: string[] = [];
  if (wrongs.length < MIN_WRONG_IMPLEMENTATIONS)
    problems.push(
      `${folder}/ has ${wrongs.length} wrong implementation${wrongs.length === 1 ? '' : 's'}; write at least ${MIN_WRONG_IMPLEMENTATIONS}, one per likely mistake`,
    );
  for (const wrong of wrongs) {
    for (const [label, value] of [
      ['Mistake', wrong.mistake],
      ['Caught by', wrong.caughtBy],
    ] as const) {
      if (value === '')
        problems.push(
          `${folder}/${wrong.slug}.ts has no ' * ${label}: …' line in its header comment`,
        );
    }
  }
  return problems;
}

/** Problems with a stub: it must hold a `// TODO:` and throw the grader's "TODO: implement" error. */
export function stubProblems(layout: CourseLayout, exercise: Exercise): string[] {
  const file = exerciseFile(layout.exercises, exercise.id);
  if (!existsSync(file)) return [];
  const source = readFileSync(file, 'utf8');
  const shown = relativeTo(layout, file);
  const problems: string[] = [];
  if (!source.includes('// TODO:'))
    problems.push(`${shown} has no '// TODO:' comment telling the learner what to write`);
  if (!source.includes("throw new Error('TODO: implement"))
    problems.push(
      `${shown} must throw new Error('TODO: implement …'): that is how the grader tells "not started" from "failed"`,
    );
  return problems;
}

/**
 * The stub's and the solution's problems with imports (and compiling), found by the same compile step
 * the grader uses, so the check and the sandbox can never disagree about what learners may import.
 */
export async function importProblems(layout: CourseLayout, exercise: Exercise): Promise<string[]> {
  const files = [layout.exercises, layout.solutions]
    .map((base) => exerciseFile(base, exercise.id))
    .filter((file) => existsSync(file));
  const bundles = await Promise.all(
    files.map(async (file) => ({ file, bundle: await bundleExercise(file) })),
  );
  return bundles.flatMap(({ file, bundle }) =>
    'error' in bundle ? [`${relativeTo(layout, file)}: ${bundle.error}`] : [],
  );
}

/**
 * Problems with the lessons: a page per manifest lesson (with a title), no page the manifest does not
 * list, every section a check links to present as a heading of its page, and the cards placed by the
 * one coverage rule of @xent/course.
 */
export function lessonProblems(layout: CourseLayout, manifest: CourseManifest): string[] {
  const problems: string[] = [];
  const pages = relativeTo(layout, layout.lessons);
  const listed = new Set(manifest.lessons);
  for (const name of listFiles(layout.lessons).filter((f) => /^[^/]+\.mdx$/.test(f))) {
    const slug = name.replace(/\.mdx$/, '');
    if (!listed.has(slug))
      problems.push(
        `${pages}/${name} is not a lesson of the manifest: add '${slug}' to "lessons" in ${relativeTo(layout, layout.manifest)}, or delete the page`,
      );
  }
  const read = new Map(
    manifest.lessons.map((slug) => [slug, readLessonPage(lessonFile(layout, slug))]),
  );
  for (const [slug, page] of read) {
    const shown = relativeTo(layout, lessonFile(layout, slug));
    if (!page) problems.push(`${shown} is missing: the manifest lists the lesson '${slug}'`);
    else if (!page.title) problems.push(`${shown} has no title in its frontmatter`);
  }
  for (const exercise of manifest.exercises) {
    for (const [key, { lesson, heading }] of Object.entries(exercise.sections)) {
      const page = read.get(lesson);
      if (page && !page.headings.includes(heading))
        problems.push(
          `${relativeTo(layout, lessonFile(layout, lesson))} has no heading "${heading}", which the checks of '${exercise.id}' send learners to (section '${key}' in the manifest); rename it back or fix the manifest`,
        );
    }
  }
  const findings = cardCoverage(manifest.exercises, findCardUses(layout.lessons));
  problems.push(...findings.map((finding) => describeFinding(pages, finding)));
  return problems;
}

function describeFinding(pages: string, finding: CoverageFinding): string {
  const page = (lesson: string) => `${pages}/${lesson}.mdx`;
  switch (finding.kind) {
    case 'not-literal':
      return `${page(finding.lesson)}: ${finding.tag} needs a literal id`;
    case 'unknown-exercise':
      return `${page(finding.lesson)} shows <ExerciseCard id="${finding.id}" />, but the manifest has no exercise '${finding.id}'`;
    case 'missing':
      return `exercise '${finding.id}' has no card: add <ExerciseCard id="${finding.id}" /> to ${page(finding.lesson)}`;
    case 'repeated':
      return `exercise '${finding.id}' has ${finding.shownOn.length} cards (${finding.shownOn.map(page).join(', ')}); keep only the one in ${page(finding.lesson)}`;
    case 'misplaced':
      return `exercise '${finding.id}' has its card on ${page(finding.shownOn)}, but the manifest puts it on ${page(finding.lesson)}; move the card or fix "lesson"`;
  }
}
