import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CourseManifest, GENERATED_MARK } from '@xent/course';
import { formatWithBiome } from '../biome-format.ts';
import { type CourseLayout, exerciseFile, lessonFile, relativeTo } from '../layout.ts';
import { readLessonPage } from '../lesson-pages.ts';
import { classroomWorkflow } from './classroom-workflow.ts';
import { fingerprintFile, fingerprintModule, fingerprintsOf, probesOf } from './fingerprints.ts';
import { moduleDeclaration } from './module-declarations.ts';

/** A file derived from the course model: where it goes and what it must hold. */
export interface GeneratedFile {
  file: string;
  /** The file's whole text, header included, formatted as Biome formats it. */
  content: () => Promise<string>;
}

/** Every file `pnpm course sync` writes, from the manifest and the files it names. */
export async function generatedFiles(
  layout: CourseLayout,
  manifest: CourseManifest,
): Promise<GeneratedFile[]> {
  const ts = (
    file: string,
    source: string,
    body: () => string | Promise<string>,
  ): GeneratedFile => ({
    file,
    content: async () =>
      formatWithBiome(
        layout.root,
        file,
        `// ${GENERATED_MARK}; edit ${source} instead\n${await body()}`,
      ),
  });
  const manifestPath = relativeTo(layout, layout.manifest);
  const probed = await Promise.all(manifest.exercises.map((e) => probesOf(layout, e)));
  const diagnosed = manifest.exercises.flatMap((exercise, i) => {
    const probes = probed[i];
    return probes ? [{ exercise, probes }] : [];
  });
  const isDiagnosed = (id: string) => diagnosed.some(({ exercise }) => exercise.id === id);
  return [
    ts(
      layout.lessonTitles,
      `the lessons' frontmatter titles (${relativeTo(layout, layout.lessons)}/<slug>.mdx) and ${manifestPath}`,
      () => lessonTitlesModule(layout, manifest),
    ),
    ts(layout.moduleDeclarations, `the stubs (exercises/<id>/<id>.ts) and ${manifestPath}`, () =>
      [
        '/** The exercise modules the checks import; the runner points each alias at a learner file. */',
        ...manifest.exercises.map((e) =>
          moduleDeclaration(e.id, exerciseFile(layout.exercises, e.id)),
        ),
      ].join('\n'),
    ),
    // Written as Biome writes them, so they need no formatting pass (`pnpm lint` would say if not).
    ...manifest.exercises.map((e) => ({
      file: suiteWrapper(layout, e.id),
      content: async () =>
        [
          `// ${GENERATED_MARK}; edit ${relativeTo(layout, path.join(layout.checks, `${e.id}.ts`))} instead`,
          `import * as learner from '@exercise/${e.id}';`,
          // in the order Biome sorts imports: by path
          ...[
            `import checks from '../checks/${e.id}.ts';`,
            ...(isDiagnosed(e.id)
              ? [`import fingerprints from '../checks/fingerprints/${e.id}.ts';`]
              : []),
          ].sort((a, b) => importPath(a).localeCompare(importPath(b))),
          `import { registerChecks } from './register-checks.ts';`,
          '',
          isDiagnosed(e.id)
            ? 'registerChecks(checks, learner, fingerprints);'
            : 'registerChecks(checks, learner);',
          '',
        ].join('\n'),
    })),
    ...manifest.exercises.map((e) => ({
      file: path.join(layout.stubCopies, `${e.id}.ts`),
      content: async () =>
        `// ${GENERATED_MARK}; edit exercises/${e.id}/${e.id}.ts instead\n${readFileSync(exerciseFile(layout.exercises, e.id), 'utf8')}`,
    })),
    ...diagnosed.map(({ exercise, probes }) =>
      ts(
        fingerprintFile(layout, exercise.id),
        `the probes in ${relativeTo(layout, path.join(layout.checks, `${exercise.id}.ts`))} or the wrong implementations in ${relativeTo(layout, path.join(layout.wrong, exercise.id))}/`,
        async () => fingerprintModule(exercise.id, await fingerprintsOf(layout, exercise, probes)),
      ),
    ),
    {
      file: layout.classroomWorkflow,
      content: () =>
        formatWithBiome(
          layout.root,
          layout.classroomWorkflow,
          `# ${GENERATED_MARK}; edit ${manifestPath} (or packages/course-tools/src/generated/classroom-workflow.ts) instead\n${classroomWorkflow(manifest)}`,
        ),
    },
  ];
}

function importPath(line: string): string {
  return /'([^']+)'/.exec(line)?.[1] ?? line;
}

/** The hidden suite of an exercise: a generated file that registers its checks with Vitest. */
export function suiteWrapper(layout: CourseLayout, id: string): string {
  return path.join(layout.suites, `${id}.test.ts`);
}

/** Whether a file on disk was written by sync (its first line carries the mark). */
export function isGenerated(file: string): boolean {
  if (!existsSync(file)) return false;
  const first = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
  return first.includes(GENERATED_MARK);
}

function lessonTitlesModule(layout: CourseLayout, manifest: CourseManifest): string {
  const entries = manifest.lessons.map((slug) => {
    const title = readLessonPage(lessonFile(layout, slug))?.title ?? slug;
    return `  ${JSON.stringify(slug)}: ${JSON.stringify(title)},`;
  });
  return [
    '',
    "/** Each lesson's title, as its page's frontmatter gives it. */",
    'export const lessonTitles: Record<string, string> = {',
    ...entries,
    '};',
  ].join('\n');
}
