/**
 * Runs remark-quotations outside Astro, on MDX, Markdown or plain text: the same code that renders the pages
 * feeds the quotation index, the content check and `npm run extract`.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { parse as parseYaml } from 'yaml';
import remarkQuotations, { type Options, type QuotationRecord } from '../plugins/remark-quotations.ts';
import { parsePlainText } from './ingest.ts';

export interface Extraction {
  quotations: QuotationRecord[];
  messages: VFileMessage[];
}

/** A plain-text article as a Markdown tree, each block keeping the line it starts on in the raw text. */
function plainTextTree(contents: string): Root {
  const article = parsePlainText(contents);
  const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });
  const children: RootContent[] = article.sections.flatMap((section) => [
    ...(section.titled ? [{ type: 'heading', depth: 2, children: [{ type: 'text', value: section.title }] } as RootContent] : []),
    ...section.blocks.map((block): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: block.text, position: at(block.line) }], position: at(block.line) })),
  ]);
  return { type: 'root', children };
}

/** Extracts the quotations of one file; `path` decides how it is read (.mdx, .md, or plain text). */
export async function extractQuotations(path: string, contents: string, options: Options): Promise<Extraction> {
  const file = new VFile({ path, value: contents });
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  if (path.endsWith('.mdx')) processor.use(remarkMdx);
  processor.use(remarkQuotations, options);
  let tree: Root;
  if (path.endsWith('.md') || path.endsWith('.mdx')) {
    tree = processor.parse(file);
    const yaml = tree.children.find((node) => node.type === 'yaml');
    if (yaml) file.data.frontmatter = (parseYaml(yaml.value) ?? {}) as Record<string, unknown>;
  } else {
    tree = plainTextTree(contents);
  }
  await processor.run(tree, file);
  return { quotations: file.data.quotations ?? [], messages: file.messages };
}
