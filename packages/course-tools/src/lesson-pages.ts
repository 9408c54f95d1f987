import { existsSync, readFileSync } from 'node:fs';
import type { Heading, Root, Yaml } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/** What the course tools need to know of a lesson page: its title and the text of its headings. */
export interface LessonPage {
  title: string | undefined;
  headings: string[];
}

/** The site's own reading of a page: MDX with frontmatter and math (so braces in formulas are not code). */
const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMath)
  .use(remarkMdx);

/** Reads a lesson page with the MDX parser: the frontmatter's title and every heading's text. */
export function readLessonPage(file: string): LessonPage | undefined {
  if (!existsSync(file)) return undefined;
  const tree = parser.parse(readFileSync(file, 'utf8')) as Root;
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontmatter: unknown = yaml ? parseYaml(yaml.value) : undefined;
  const title =
    typeof frontmatter === 'object' && frontmatter !== null && 'title' in frontmatter
      ? String(frontmatter.title)
      : undefined;
  const headings: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'heading') headings.push(textOf(node as Heading).trim());
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree);
  return { title, headings };
}
