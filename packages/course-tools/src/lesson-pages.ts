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

/** Where a lesson's source shows `<ExerciseCard id="<id>" />`: each element's start and end offsets, found by the MDX parser. */
export function cardOffsets(source: string, id: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const visit = (node: MdxNode) => {
    const isCard =
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'ExerciseCard' &&
      node.attributes?.some(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'id' && a.value === id,
      );
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (isCard && start !== undefined && end !== undefined) found.push([start, end]);
    for (const child of node.children ?? []) visit(child);
  };
  visit(parser.parse(source) as unknown as MdxNode);
  return found;
}

/** The source with every card of exercise `id` taken out, with the line each stood on. */
export function withoutCard(source: string, id: string): string {
  let out = source;
  for (const [start, end] of cardOffsets(source, id).reverse()) {
    const lineEnd = out[end] === '\n' ? end + 1 : end;
    const before = out.slice(0, start);
    const after = out.slice(lineEnd);
    // A card set off by blank lines leaves one blank line, not two (none at the end of the page).
    const doubled = before.endsWith('\n\n') && (after === '' || after.startsWith('\n'));
    out = (doubled ? before.slice(0, -1) : before) + after;
  }
  return out;
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdxNode[];
}
