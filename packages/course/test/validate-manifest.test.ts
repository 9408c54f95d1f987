import { describe, expect, test } from 'vitest';
import { headingAnchor, lessonLabel, lessons, lessonsOf, sectionOf } from '../src/index.ts';
import { validateManifest } from '../src/validate-manifest.ts';

// The manifest is the one list of lessons and exercises: a malformed entry must fail loudly, naming
// the entry and the field.
const good = {
  id: 'softmax',
  title: 'Softmax',
  lesson: 'softmax',
  points: 10,
  exports: ['softmax'],
  hints: ['first', 'second', 'third'],
  sections: { overflow: { lesson: 'softmax', heading: 'Overflow' } },
};
const course = (exercises: unknown[], lessonList: unknown = ['start-here', 'softmax']) => ({
  formatVersion: 2,
  lessons: lessonList,
  exercises,
});
const withExercise = (change: Record<string, unknown>) => course([{ ...good, ...change }]);

describe('validateManifest', () => {
  test('accepts a well-formed manifest', () => {
    expect(validateManifest(withExercise({}))).toEqual(withExercise({}));
  });
  test.each([
    [{ ...course([]), formatVersion: 1 }, 'course manifest: formatVersion = 1, expected 2'],
    [course([], []), 'course manifest: lessons must be a non-empty list of lesson slugs'],
    [
      course([], ['a', 'B c']),
      "course manifest: lessons[1] = 'B c' is not a lower-case-kebab slug",
    ],
    [course([], ['a', 'b', 'a']), "course manifest: lessons[2] = 'a' appears twice"],
    [
      withExercise({ id: 'Soft Max' }),
      'course manifest: exercises[0].id = "Soft Max" is not a lower-case-kebab id',
    ],
    [
      withExercise({ title: ' ' }),
      "course manifest: exercises[0] ('softmax').title must be a non-empty string",
    ],
    [
      withExercise({ lesson: 'entropy' }),
      `course manifest: exercises[0] ('softmax').lesson = "entropy" is not one of the manifest's lessons`,
    ],
    [
      withExercise({ points: 0 }),
      "course manifest: exercises[0] ('softmax').points = 0 must be a positive integer",
    ],
    [
      withExercise({ exports: [] }),
      "course manifest: exercises[0] ('softmax').exports must be a non-empty list of export names",
    ],
    [
      withExercise({ hints: ['one', 'two'] }),
      "course manifest: exercises[0] ('softmax').hints must hold three hints",
    ],
    [
      withExercise({ sections: {} }),
      "course manifest: exercises[0] ('softmax').sections must name at least one lesson section",
    ],
    [
      withExercise({ sections: { overflow: { lesson: 'entropy', heading: 'Overflow' } } }),
      `course manifest: exercises[0] ('softmax').sections.overflow.lesson = "entropy" is not one of the manifest's lessons`,
    ],
    [
      withExercise({ sections: { overflow: { lesson: 'softmax', heading: '' } } }),
      "course manifest: exercises[0] ('softmax').sections.overflow.heading must be the exact text of a heading",
    ],
    [
      withExercise({ sections: { 'Over flow': { lesson: 'softmax', heading: 'x' } } }),
      "the key 'Over flow' must be a camelCase word",
    ],
    [course([good, good]), "course manifest: exercises[1].id = 'softmax' appears twice"],
    [
      course([good, { ...good, id: 'intro', lesson: 'start-here' }]),
      "course manifest: exercises[1] ('intro') is on lesson 'start-here', which comes before the lesson of the exercise above it ('softmax' on 'softmax'); list exercises in lesson order",
    ],
  ])('rejects %j', (value, message) => {
    expect(() => validateManifest(value)).toThrow(message);
  });
});

describe('the course model', () => {
  test('numbers lessons from 0 in manifest order, with the titles given (a missing one shows its slug)', () => {
    const model = validateManifest(course([]));
    expect(lessonsOf(model, { 'start-here': 'Start here' })).toEqual([
      { slug: 'start-here', number: 0, title: 'Start here' },
      { slug: 'softmax', number: 1, title: 'softmax' },
    ]);
  });

  test.each([
    ['Overflow and the max trick', 'overflow-and-the-max-trick'],
    ['The gradient p − y', 'the-gradient-p--y'],
    ['What does "mean" divide by?', 'what-does-mean-divide-by'],
    ['KL divergence: the extra cost', 'kl-divergence-the-extra-cost'],
  ])('the anchor of "%s" is #%s, as the site makes it', (heading, anchor) => {
    expect(headingAnchor(heading)).toBe(anchor);
  });

  test('resolves a check section to its lesson, label and link', () => {
    const section = sectionOf('softmax', 'overflow');
    expect(lessonLabel(section.lesson)).toBe(
      `${lessons.findIndex((l) => l.slug === 'softmax')} · ${section.lesson.title}`,
    );
    expect(section.url).toBe('/lessons/softmax/#overflow-and-the-max-trick');
  });

  test('names the exercise and the key of a section that is not in the manifest', () => {
    expect(() => sectionOf('softmax', 'nowhere')).toThrow(
      "sectionOf: exercise 'softmax' has no section 'nowhere' in the course manifest (it has: overflow, properties)",
    );
    expect(() => sectionOf('no-such', 'x')).toThrow("sectionOf: no exercise 'no-such'");
  });
});
