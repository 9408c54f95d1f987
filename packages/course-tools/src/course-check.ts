import { fileProblems, importProblems, lessonProblems, stubProblems } from './course-files.ts';
import { courseLayout, readManifest } from './layout.ts';
import { proveCourse } from './proof/prove-course.ts';
import { staleProblems } from './sync.ts';

/** What `course check` found: the problems to fix (none when the course is sound), a summary, and the proof's lines. */
export interface CourseCheck {
  problems: string[];
  summary: string;
  lines: string[];
}

/** Options of a check: `grade: false` checks files only (fast), without the proof run. */
export interface CheckOptions {
  grade?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Checks the course at `root` as a maintainer would: manifest, files, lessons, generated files, imports, then the proof run. */
export async function checkCourse(root: string, options: CheckOptions = {}): Promise<CourseCheck> {
  const layout = courseLayout(root);
  const manifest = readManifest(layout);
  const problems = [
    ...fileProblems(layout, manifest),
    ...lessonProblems(layout, manifest),
    ...(await staleProblems(layout, manifest)),
    ...manifest.exercises.flatMap((e) => stubProblems(layout, e)),
    ...(await Promise.all(manifest.exercises.map((e) => importProblems(layout, e)))).flat(),
  ];
  const points = manifest.exercises.reduce((total, e) => total + e.points, 0);
  const head = `${manifest.lessons.length} lessons · ${manifest.exercises.length} exercises · ${points} points`;
  if (options.grade === false) return { problems, summary: `${head} · not graded`, lines: [] };
  const proof = await proveCourse(layout, manifest, options.onProgress);
  problems.push(...proof.problems);
  return {
    problems,
    summary: `${head} · ${proof.checks} checks · ${proof.wrongs} wrong implementations`,
    lines: proof.lines,
  };
}
