// @ts-check
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { lessonLabel, lessons } from '@xent/course';
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

export default defineConfig({
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatex, rehypePagefindIgnoreKatex],
  },
  vite: {
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
      sidebar: [
        { label: 'Lessons', items: lessonSidebar },
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
