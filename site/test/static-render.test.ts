import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lessons } from '@xent/course';
import { describe, expect, it } from 'vitest';
import { distDir, readPage } from './helpers/site.ts';

/** Built lesson pages that contain this marker. */
function pagesWith(marker: string): string[] {
  return lessons
    .map((lesson) => `/lessons/${lesson.slug}/`)
    .filter(
      (path) => existsSync(join(distDir, path, 'index.html')) && readPage(path).includes(marker),
    );
}

describe('widgets before JavaScript runs', () => {
  it.each(pagesWith('ExplorerIsland').map((path) => [path]))(
    'the explorer on %s shows bars and a loss',
    (path) => {
      const html = readPage(path);
      const losses = [...html.matchAll(/class="explorer__loss-value"[^>]*>([^<]+)</g)].map(
        (match) => match[1] ?? '',
      );
      expect(losses.length).toBeGreaterThan(0);
      for (const loss of losses) expect(loss).toMatch(/^\d+(\.\d+)?$/);
      expect(html).toMatch(/<rect[^>]*class="explorer__bar/);
    },
  );

  it.each(pagesWith('InformationIsland').map((path) => [path]))(
    'the information widget on %s shows its three measures',
    (path) => {
      const values = [...readPage(path).matchAll(/class="info__value"[^>]*>([^<]+)</g)];
      expect(values.length % 3).toBe(0);
      expect(values.length).toBeGreaterThan(0);
    },
  );

  it.each(pagesWith('role="img"').map((path) => [path]))(
    'every plot and diagram on %s has a title',
    (path) => {
      const figures = readPage(path).match(/<svg[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/g) ?? [];
      for (const svg of figures) expect(svg).toMatch(/<title|aria-label=/);
    },
  );
});
