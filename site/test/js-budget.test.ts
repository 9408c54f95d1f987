import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lessons } from '@xent/course';
import { describe, expect, it } from 'vitest';
import { distDir, readPage } from './helpers/site.ts';

const BUDGET_BYTES = 40 * 1000;

/** What opening an exercise's editor may add: CodeMirror, the worker, one exercise's checks. */
const EDITOR_BUDGET_BYTES = 300 * 1000;

/** The module that loads Pagefind's UI when the search dialog opens; what it imports is excluded. */
const SEARCH_LOADER = /\/lazy-pagefind-ui\.[\w-]+\.js$/;

/** The exercise card's script, which imports the editor only when "Try it here" is pressed. */
const EDITOR_LOADER = /\/ExerciseCard\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

/** Files that import others only when the reader asks: their dynamic imports are not counted. */
const ON_DEMAND_LOADERS = [SEARCH_LOADER, EDITOR_LOADER];

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
    const imports = ON_DEMAND_LOADERS.some((loader) => loader.test(url))
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

/** The editor's grading worker, which imports one exercise's checks when that exercise is checked. */
const GRADE_WORKER = /\/grade-worker-[\w-]+\.js$/;

/**
 * The files reached from `entries` through static and dynamic imports and worker URLs; the worker's
 * own dynamic imports (the checks of each exercise) are listed apart in `onDemand`.
 */
function closure(entries: string[]): { files: Set<string>; onDemand: string[] } {
  const files = new Set<string>();
  const onDemand: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop() as string;
    if (files.has(url)) continue;
    files.add(url);
    const source = readFileSync(join(distDir, url), 'utf8');
    const resolve = (specifier: string) => new URL(specifier, `http://site${url}`).pathname;
    const workers = [...source.matchAll(/new URL\(\s*["']([^"']+\.js)["']/g)].map(
      (m) => m[1] ?? '',
    );
    queue.push(...[...staticImports(source), ...workers].map(resolve));
    if (GRADE_WORKER.test(url)) onDemand.push(...dynamicImports(source).map(resolve));
    else queue.push(...dynamicImports(source).map(resolve));
  }
  return { files, onDemand };
}

function gzipBytes(files: Iterable<string>): number {
  return [...files].reduce(
    (total, url) => total + gzipSync(readFileSync(join(distDir, url))).length,
    0,
  );
}

describe('JavaScript budget of the exercise editor', () => {
  const cardPages = lessons
    .map((lesson) => `/lessons/${lesson.slug}/`)
    .filter(
      (path) =>
        existsSync(join(distDir, path, 'index.html')) &&
        readPage(path).includes('data-open-editor'),
    );

  it('every exercise has a card with an editor', () => {
    expect(cardPages.length).toBeGreaterThan(0);
  });

  it.each(cardPages.map((path) => [path]))(
    '%s loads at most 40 kB before the editor opens, and opening it adds at most 300 kB',
    (path) => {
      const { files, inlineBytes } = pageScripts(readPage(path));
      const before = gzipBytes(files) + inlineBytes;
      expect(before).toBeLessThanOrEqual(BUDGET_BYTES);
      const loader = [...files].find((url) => EDITOR_LOADER.test(url));
      if (!loader) throw new Error(`${path}: the exercise card's script is missing`);
      const editor = dynamicImports(readFileSync(join(distDir, loader), 'utf8')).map(
        (specifier) => new URL(specifier, `http://site${loader}`).pathname,
      );
      expect(editor.length, 'the editor is not imported on demand').toBeGreaterThan(0);
      const opened = closure(editor);
      expect(
        [...opened.files].some((url) => GRADE_WORKER.test(url)),
        'the grading worker is missing',
      ).toBe(true);
      const newFiles = [...opened.files].filter((url) => !files.has(url));
      // Check then loads one exercise's checks: count the largest, so the budget holds for each.
      const checks = opened.onDemand.map((chunk) =>
        gzipBytes([...closure([chunk]).files].filter((url) => !opened.files.has(url))),
      );
      expect(checks.length, 'the worker imports no checks').toBeGreaterThan(0);
      const added = gzipBytes(newFiles) + Math.max(...checks);
      console.info(
        `${path}: ${(before / 1000).toFixed(1)} kB gzip before opening the editor, ${(added / 1000).toFixed(1)} kB more on opening it and checking`,
      );
      expect(added).toBeLessThanOrEqual(EDITOR_BUDGET_BYTES);
    },
  );
});
