// @ts-check
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { exercises, lessonLabel, lessons } from '@xent/course';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import exerciseCoverage from './src/integrations/exercise-coverage.ts';
import rehypePagefindIgnoreKatex from './src/plugins/rehype-pagefind-ignore-katex.ts';

/** One sidebar entry per lesson, in course order; Starlight fails the build if a page is missing. */
const lessonSidebar = lessons.map((lesson) => ({
  label: lessonLabel(lesson),
  slug: `lessons/${lesson.slug}`,
}));

/** Pagefind's UI module as Starlight resolves it; the site loads it only when search opens. */
const starlightRequire = createRequire(
  fileURLToPath(new URL('./node_modules/@astrojs/starlight/package.json', import.meta.url)),
);
const pagefindUi = join(
  dirname(starlightRequire.resolve('@pagefind/default-ui/package.json')),
  'npm_dist/mjs/ui-core.mjs',
);

/** Each lesson's exercises, for the sidebar script that marks a lesson whose exercises all passed. */
const lessonExercises = Object.fromEntries(
  lessons.map((lesson) => [
    lesson.slug,
    exercises.filter((exercise) => exercise.lesson === lesson.slug).map((exercise) => exercise.id),
  ]),
);

/**
 * Marks finished lessons in the sidebar from what the editor saved in localStorage (after each page
 * load, and when a check passes on this page).
 */
const markFinishedLessons = `const lessons = ${JSON.stringify(lessonExercises)};
const passed = (id) => { try { return JSON.parse(localStorage.getItem('xent:exercise:' + id) || '{}').status === 'passed'; } catch { return false; } };
const mark = () => {
  for (const [slug, ids] of Object.entries(lessons)) {
    if (ids.length === 0 || !ids.every(passed)) continue;
    for (const link of document.querySelectorAll('#starlight__sidebar a[href="/lessons/' + slug + '/"]')) {
      if (link.dataset.finished) continue;
      link.dataset.finished = 'true';
      const badge = document.createElement('span');
      badge.className = 'xent-finished';
      badge.innerHTML = ' ✓<span class="sr-only"> (finished)</span>';
      link.append(badge);
    }
  }
};
mark();
addEventListener('xent:progress', mark);`;

export default defineConfig({
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatex, rehypePagefindIgnoreKatex],
  },
  vite: {
    // The editor's worker imports each exercise's checks on demand: that needs an ES module worker.
    worker: { format: 'es' },
    resolve: {
      alias: [
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(new URL('./src/lib/lazy-pagefind-ui.ts', import.meta.url)),
        },
        { find: /^xent:pagefind-ui$/, replacement: pagefindUi },
      ],
    },
  },
  integrations: [
    starlight({
      title: 'xent',
      description: 'Cross-entropy from first principles: lessons, widgets and graded exercises.',
      customCss: ['katex/dist/katex.min.css', './src/styles/custom.css'],
      head: [{ tag: 'script', attrs: { type: 'module' }, content: markFinishedLessons }],
      sidebar: [
        { label: 'Lessons', items: lessonSidebar },
        { label: 'Your progress', link: '/progress/' },
        { label: 'For instructors', slug: 'instructors' },
      ],
      pagefind: true,
      lastUpdated: false,
    }),
    mdx(),
    preact(),
    exerciseCoverage(),
  ],
});
