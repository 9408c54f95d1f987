import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lessons } from '@xent/course';
import { describe, expect, it } from 'vitest';
import { distDir, readPage } from './helpers/site.ts';

const BUDGET_BYTES = 40 * 1000;

/** The module that loads Pagefind's UI when the search dialog opens; what it imports is excluded. */
const SEARCH_LOADER = /\/lazy-pagefind-ui\.[\w-]+\.js$/;

/** Static imports of an ES module. */
function staticImports(source: string): string[] {
  const pattern =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** Dynamic imports of a module, and the files Vite preloads with them (paths from the site root). */
function dynamicImports(source: string): string[] {
  const imports = [...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)];
  const preloads = [...source.matchAll(/m\.f=\[([^\]]*)\]/g)].flatMap((match) =>
    [...(match[1] ?? '').matchAll(/["']([^"']+)["']/g)].map((file) => `/${file[1] ?? ''}`),
  );
  return [...imports.map((match) => match[1] ?? ''), ...preloads];
}

/** Whether a script tag with these attributes runs as JavaScript (not JSON or a template). */
function isJavaScriptType(attributes: string): boolean {
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
  return type === undefined || type === 'module' || type === 'text/javascript';
}

/**
 * Every JS URL a page can load before search opens: script tags, preloads, islands, and all that
 * they import, statically or dynamically, except what the search loader fetches on opening.
 */
function pageScripts(html: string): { files: Set<string>; inlineBytes: number } {
  const entries = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\bsrc=/.test(attributes) && isJavaScriptType(attributes))
    .map((match) => match[2] ?? '')
    .filter((body) => body.trim() !== '');
  for (const body of inline) entries.push(...staticImports(body));
  const files = new Set<string>();
  const queue = entries.filter((url) => url.startsWith('/'));
  while (queue.length > 0) {
    const url = queue.pop() as string;
    if (files.has(url)) continue;
    files.add(url);
    const source = readFileSync(join(distDir, url), 'utf8');
    const imports = SEARCH_LOADER.test(url)
      ? staticImports(source)
      : [...staticImports(source), ...dynamicImports(source)];
    for (const specifier of imports) {
      queue.push(new URL(specifier, `http://site${url}`).pathname);
    }
  }
  const inlineBytes = inline.reduce((total, body) => total + gzipSync(body).length, 0);
  return { files, inlineBytes };
}

describe('JavaScript budget of lesson pages', () => {
  const explorerPages = lessons
    .map((lesson) => `/lessons/${lesson.slug}/`)
    .filter(
      (path) =>
        existsSync(join(distDir, path, 'index.html')) && readPage(path).includes('ExplorerIsland'),
    );

  it('some lesson uses the explorer', () => {
    expect(explorerPages.length).toBeGreaterThan(0);
  });

  it.each(explorerPages.map((path) => [path]))('%s loads at most 40 kB of gzipped JS', (path) => {
    const { files, inlineBytes } = pageScripts(readPage(path));
    expect([...files].filter((url) => /pagefind\/|ui-core/.test(url))).toEqual([]);
    expect(
      [...files].some((url) => SEARCH_LOADER.test(url)),
      'the search loader is missing',
    ).toBe(true);
    const sizes = [...files].map((url) => ({
      url,
      gzip: gzipSync(readFileSync(join(distDir, url))).length,
    }));
    const total = sizes.reduce((sum, file) => sum + file.gzip, inlineBytes);
    console.info(
      `${path}: ${(total / 1000).toFixed(1)} kB gzip in ${files.size} files + inline\n` +
        sizes.map((file) => `  ${(file.gzip / 1000).toFixed(2)} kB ${file.url}`).join('\n'),
    );
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
