import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CourseManifest, exerciseSource, validateManifest } from '@xent/course';

/** Where each part of a course lives, from its root folder (the repository, or a copy of it). */
export interface CourseLayout {
  root: string;
  exercises: string;
  solutions: string;
  manifest: string;
  lessonTitles: string;
  checks: string;
  suites: string;
  wrong: string;
  /** The grader's copies of the stubs, which `grade --reset` restores. */
  stubCopies: string;
  moduleDeclarations: string;
  lessons: string;
  classroomWorkflow: string;
}

/** The layout of the course whose root folder is `root`. */
export function courseLayout(root: string): CourseLayout {
  const grader = path.join(root, 'packages', 'grader');
  const course = path.join(root, 'packages', 'course');
  return {
    root,
    exercises: path.join(root, 'exercises'),
    solutions: path.join(root, 'solutions'),
    manifest: path.join(course, 'manifest.json'),
    lessonTitles: path.join(course, 'src', 'generated', 'lesson-titles.ts'),
    checks: path.join(grader, 'checks'),
    suites: path.join(grader, 'suites'),
    wrong: path.join(grader, 'wrong'),
    stubCopies: path.join(grader, 'stubs'),
    moduleDeclarations: path.join(grader, 'suites', 'exercise-modules.d.ts'),
    lessons: path.join(root, 'site', 'src', 'content', 'docs', 'lessons'),
    classroomWorkflow: path.join(root, '.github', 'workflows', 'classroom.yml'),
  };
}

/** `<dir>/<id>/<id>.ts`: the one place that builds an exercise file's path. */
export function exerciseFile(dir: string, id: string): string {
  return exerciseSource(dir, id);
}

/** The lesson page of a slug. */
export function lessonFile(layout: CourseLayout, slug: string): string {
  return path.join(layout.lessons, `${slug}.mdx`);
}

/** A problem an instructor must fix, said in one sentence naming the file: exit status 1 or 2. */
export class InstructorError extends Error {
  override name = 'InstructorError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The course root at or above `start`: the folder holding packages/course/manifest.json. */
export function findCourseRootAbove(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(courseLayout(dir).manifest)) return dir;
    if (path.dirname(dir) === dir)
      throw new InstructorError(
        `no course here: packages/course/manifest.json is not in ${start} or any folder above it`,
        2,
      );
  }
}

/** The manifest of a course, parsed and validated; an InstructorError says what is wrong. */
export function readManifest(layout: CourseLayout): CourseManifest {
  const shown = relativeTo(layout, layout.manifest);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(layout.manifest, 'utf8'));
  } catch (error) {
    throw new InstructorError(`${shown}: cannot read it as JSON (${(error as Error).message})`);
  }
  try {
    return validateManifest(json);
  } catch (error) {
    throw new InstructorError(
      `${shown}: ${(error as Error).message.replace(/^course manifest: /, '')}`,
    );
  }
}

/** A path as the messages show it: relative to the course root, with forward slashes. */
export function relativeTo(layout: CourseLayout, file: string): string {
  return path.relative(layout.root, file).split(path.sep).join('/');
}
