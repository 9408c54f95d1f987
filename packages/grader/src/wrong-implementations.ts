import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Exercise } from '@xent/course';
import { GRADER_ROOT } from './runner/paths.ts';

/** A deliberately wrong implementation of an exercise, and the check that must catch it. */
export interface WrongImplementation<E extends Pick<Exercise, 'id'> = Exercise> {
  exercise: E;
  slug: string;
  file: string;
  mistake: string;
  caughtBy: string;
  /** The misconception it embodies (its `Misconception:` line), or '' when it names none. */
  misconception: string;
}

/**
 * The wrong implementations of the given exercises, from `wrong/<id>/<slug>.ts` and their doc comments.
 * Each runs as the exercise file would, so it may import the `_*.ts` files of its own folder.
 */
export function wrongImplementations<E extends Pick<Exercise, 'id'>>(
  exercises: readonly E[],
  root = path.join(GRADER_ROOT, 'wrong'),
): WrongImplementation<E>[] {
  return exercises.flatMap((exercise) => {
    const folder = path.join(root, exercise.id);
    let files: string[];
    try {
      // `_parts.ts` and other `_` files hold what the wrong implementations share: not mistakes.
      files = readdirSync(folder)
        .filter((name) => name.endsWith('.ts') && !name.startsWith('_'))
        .sort();
    } catch {
      return [];
    }
    return files.map((name) => {
      const file = path.join(folder, name);
      const source = readFileSync(file, 'utf8');
      const field = (label: string) =>
        new RegExp(`^\\s*\\*\\s*${label}:\\s*(.+)$`, 'm').exec(source)?.[1]?.trim() ?? '';
      return {
        exercise,
        slug: name.replace(/\.ts$/, ''),
        file,
        mistake: field('Mistake'),
        caughtBy: field('Caught by'),
        misconception: field('Misconception'),
      };
    });
  });
}
