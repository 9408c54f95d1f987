import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Exercise } from '@xent/course';

/** What the page's editor needs of an exercise: its stub, its task and its hints (never a solution). */
export interface ExerciseTask {
  /** The manifest entry, which the worker's report needs (exports, points, lesson sections). */
  exercise: Exercise;
  id: string;
  title: string;
  points: number;
  lesson: string;
  stub: string;
  hints: string[];
  readmeHtml: string;
}

const REPO = new URL('../../../', import.meta.url);

const processor = createMarkdownProcessor();

/** The task of `exercise` from `exercises/<id>/`: the stub as the learner gets it and the README as HTML. */
export async function exerciseTask(exercise: Exercise): Promise<ExerciseTask> {
  const folder = new URL(`exercises/${exercise.id}/`, REPO);
  const [stub, readme] = await Promise.all([
    readFile(fileURLToPath(new URL(`${exercise.id}.ts`, folder)), 'utf8'),
    readFile(fileURLToPath(new URL('README.md', folder)), 'utf8'),
  ]);
  const { code } = await (await processor).render(readme);
  return {
    exercise,
    id: exercise.id,
    title: exercise.title,
    points: exercise.points,
    lesson: exercise.lesson,
    stub,
    hints: exercise.hints,
    readmeHtml: code,
  };
}
