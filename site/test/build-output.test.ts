import { lessons } from '@xent/course';
import { describe, expect, it } from 'vitest';
import { readPage, visibleText } from './helpers/site.ts';

describe.each(lessons.map((lesson) => [lesson.slug]))('lesson %s', (slug) => {
  const path = `/lessons/${slug}/`;

  it('was built with rendered KaTeX', () => {
    expect(readPage(path).includes('class="katex"'), `${path} has no rendered KaTeX`).toBe(true);
  });

  it('shows no raw or unrendered TeX', () => {
    const text = visibleText(readPage(path));
    expect(text).not.toContain('$$');
    expect(text.match(/\\[a-zA-Z]{2,}/g) ?? []).toEqual([]);
    expect(text).not.toMatch(/\$[^$\s][^$]*\\/);
  });

  it('prints no NaN or undefined outside code', () => {
    const text = visibleText(readPage(path));
    expect(text.match(/\b(NaN|undefined|\[object Object\])\b/g) ?? []).toEqual([]);
  });

  it('is in the sidebar of the first lesson', () => {
    const linked = readPage('/lessons/start-here/').includes(`href="/lessons/${slug}/"`);
    expect(linked, `no sidebar link to /lessons/${slug}/`).toBe(true);
  });
});

describe('home page', () => {
  it('links to Start here', () => {
    const linked = /href="\/lessons\/start-here\/"[^>]*>\s*Start here/.test(readPage('/'));
    expect(linked, 'the home page has no "Start here" link').toBe(true);
  });
});
