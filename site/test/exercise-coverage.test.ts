import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exercises, lessons } from '@xent/course';
import { describe, expect, it } from 'vitest';
import exerciseCoverage from '../src/integrations/exercise-coverage.ts';
import { coverageProblems } from '../src/lib/exercise-coverage.ts';
import { readPage } from './helpers/site.ts';

/** The exercise ids whose cards a built page shows, in page order. */
function cardsOn(html: string): string[] {
  return [...html.matchAll(/data-exercise-id="([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('exercise cards in the built lessons', () => {
  const shownOn = new Map<string, string[]>();
  for (const lesson of lessons) {
    for (const id of cardsOn(readPage(`/lessons/${lesson.slug}/`))) {
      shownOn.set(id, [...(shownOn.get(id) ?? []), lesson.slug]);
    }
  }

  it('the manifest lists at least one exercise', () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  it.each(exercises.map((exercise) => [exercise.id, exercise.lesson]))(
    '%s appears exactly once, on lessons/%s',
    (id, lesson) => {
      expect(shownOn.get(id)).toEqual([lesson]);
    },
  );

  it('each card names an exercise file that exists in the course', () => {
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    const named = lessons.flatMap((lesson) =>
      [
        ...readPage(`/lessons/${lesson.slug}/`).matchAll(/exercises\/[a-z0-9-]+\/[a-z0-9-]+\.ts/g),
      ].map((m) => m[0]),
    );
    expect(named.length).toBeGreaterThanOrEqual(exercises.length);
    expect(named.filter((file) => !existsSync(join(repo, file)))).toEqual([]);
  });

  it('shows no card for an exercise the manifest does not list', () => {
    const known = new Set(exercises.map((exercise) => exercise.id));
    expect([...shownOn.keys()].filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('coverageProblems', () => {
  const manifest = [
    { id: 'softmax', lesson: 'softmax' },
    { id: 'focal-loss', lesson: 'focal-loss' },
  ];

  it('accepts each exercise shown once on its lesson', () => {
    const uses = manifest.map(({ id, lesson }) => ({ id, lesson }));
    expect(coverageProblems(manifest, uses)).toEqual([]);
  });

  it('names unknown, missing, repeated and misplaced cards', () => {
    const problems = coverageProblems(manifest, [
      { id: 'softmax', lesson: 'softmax' },
      { id: 'softmax', lesson: 'cross-entropy' },
      { id: 'no-such-exercise', lesson: 'gradients' },
    ]);
    expect(problems).toEqual([
      "lessons/gradients.mdx shows exercise 'no-such-exercise', which the course manifest does not list",
      "exercise 'softmax' is shown 2 times (lessons/softmax.mdx, lessons/cross-entropy.mdx); keep only the one in lessons/softmax.mdx",
      `exercise 'focal-loss' is shown by no lesson; add <ExerciseCard id="focal-loss" /> to lessons/focal-loss.mdx`,
    ]);
    expect(
      coverageProblems(manifest.slice(0, 1), [{ id: 'softmax', lesson: 'gradients' }]),
    ).toEqual([
      "exercise 'softmax' is shown on lessons/gradients.mdx but the manifest puts it on lessons/softmax.mdx; move the card or fix the manifest",
    ]);
  });
});

describe('the exercise-coverage integration', () => {
  /** Runs the integration's setup hook as `astro build` would, on lessons with these bodies. */
  function buildWith(pages: Record<string, string>): void {
    const srcDir = mkdtempSync(join(tmpdir(), 'xent-coverage-'));
    try {
      mkdirSync(join(srcDir, 'content/docs/lessons'), { recursive: true });
      for (const [slug, body] of Object.entries(pages)) {
        writeFileSync(join(srcDir, 'content/docs/lessons', `${slug}.mdx`), body);
      }
      const hook = exerciseCoverage().hooks['astro:config:setup'] as unknown as (
        options: object,
      ) => void;
      const logger = { info: () => {}, warn: () => {} };
      hook({ config: { srcDir: pathToFileURL(`${srcDir}/`) }, command: 'build', logger });
    } finally {
      rmSync(srcDir, { recursive: true, force: true });
    }
  }

  const everyCard = Object.fromEntries(
    [...new Set(exercises.map((exercise) => exercise.lesson))].map((lesson) => [
      lesson,
      exercises
        .filter((exercise) => exercise.lesson === lesson)
        .map((exercise) => `<ExerciseCard id="${exercise.id}" />`)
        .join('\n'),
    ]),
  );

  it('passes when every exercise is shown once on its lesson', () => {
    expect(() => buildWith(everyCard)).not.toThrow();
  });

  it('fails the build for an unknown exercise', () => {
    const pages = { ...everyCard, 'at-scale': '<ExerciseCard id="no-such-exercise" />' };
    expect(() => buildWith(pages)).toThrow(
      /'no-such-exercise', which the course manifest does not list/,
    );
  });

  it('fails the build for a missing card', () => {
    const first = exercises[0];
    if (!first) throw new Error('the manifest lists no exercise');
    const pages = { ...everyCard, [first.lesson]: '' };
    expect(() => buildWith(pages)).toThrow(`exercise '${first.id}' is shown by no lesson`);
  });
});
