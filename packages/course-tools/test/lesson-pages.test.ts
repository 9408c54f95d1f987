import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readLessonPage, withoutCard } from '../src/lesson-pages.ts';

const PAGE = `---
title: 'Information: entropy'
description: A page.
---
import ExerciseCard from '../../../components/ExerciseCard.astro';

## Surprise

The surprise of $p_i$ is $-\\log{p_i}$, and $\\frac{a}{b}$ has braces.

### The gradient p − y

<ExerciseCard id="entropy" />

Text after.

<ExerciseCard id="kl-check" />
`;

test('reads the frontmatter title (YAML, quotes and all) and every heading, braces in math included', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'xent-page-')), 'page.mdx');
  writeFileSync(file, PAGE);
  expect(readLessonPage(file)).toEqual({
    title: 'Information: entropy',
    headings: ['Surprise', 'The gradient p − y'],
  });
  expect(readLessonPage(`${file}.missing`)).toBeUndefined();
});

test.each([
  ['kl-check', PAGE.replace('\n<ExerciseCard id="kl-check" />\n', '')],
  ['entropy', PAGE.replace('<ExerciseCard id="entropy" />\n\n', '')],
  ['softmax', PAGE],
])('taking out the card of %s leaves the rest of the page as it was', (id, expected) => {
  expect(withoutCard(PAGE, id)).toBe(expected);
});
