import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardCoverage, findCardUses } from '../src/lesson-cards.ts';

test('finds every exercise card of the lesson pages, in file order', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xent-lessons-'));
  writeFileSync(
    path.join(dir, 'b.mdx'),
    `<ExerciseCard id='two' />\n<ExerciseCard id={'three'} />`,
  );
  writeFileSync(path.join(dir, 'a.mdx'), '# A\n\n<ExerciseCard id="one" />\n');
  writeFileSync(path.join(dir, 'c.mdx'), '<ExerciseCard id={name} />');
  writeFileSync(path.join(dir, 'notes.md'), '<ExerciseCard id="ignored" />');
  mkdirSync(path.join(dir, 'nested'));
  writeFileSync(path.join(dir, 'nested', 'd.mdx'), '<ExerciseCard id="ignored" />');
  expect(findCardUses(dir)).toEqual([
    { id: 'one', lesson: 'a', tag: '<ExerciseCard id="one" />' },
    { id: 'two', lesson: 'b', tag: "<ExerciseCard id='two' />" },
    { id: 'three', lesson: 'b', tag: "<ExerciseCard id={'three'} />" },
    // not a literal: the id is unknown, the tag says what was written
    { id: undefined, lesson: 'c', tag: '<ExerciseCard id={name} />' },
  ]);
});

test('a missing folder has no cards', () => {
  expect(findCardUses('/no/such/folder')).toEqual([]);
});

describe('cardCoverage, the one rule for where cards go', () => {
  const exercises = [
    { id: 'softmax', lesson: 'softmax' },
    { id: 'focal-loss', lesson: 'focal-loss' },
  ];
  test.each([
    [
      'each exercise once on its lesson',
      [card('softmax', 'softmax'), card('focal-loss', 'focal-loss')],
      [],
    ],
    [
      'a missing, a repeated and an unknown card',
      [card('softmax', 'softmax'), card('softmax', 'gradients'), card('entropy', 'information')],
      [
        { kind: 'unknown-exercise', id: 'entropy', lesson: 'information' },
        { kind: 'repeated', id: 'softmax', lesson: 'softmax', shownOn: ['softmax', 'gradients'] },
        { kind: 'missing', id: 'focal-loss', lesson: 'focal-loss' },
      ],
    ],
    [
      'a misplaced card and one without a literal id',
      [
        card('softmax', 'gradients'),
        card('focal-loss', 'focal-loss'),
        { id: undefined, lesson: 'c', tag: '<ExerciseCard id={x} />' },
      ],
      [
        { kind: 'not-literal', tag: '<ExerciseCard id={x} />', lesson: 'c' },
        { kind: 'misplaced', id: 'softmax', lesson: 'softmax', shownOn: 'gradients' },
      ],
    ],
  ])('%s', (_name, uses, findings) => {
    expect(cardCoverage(exercises, uses)).toEqual(findings);
  });
});

function card(id: string, lesson: string) {
  return { id, lesson, tag: `<ExerciseCard id="${id}" />` };
}
