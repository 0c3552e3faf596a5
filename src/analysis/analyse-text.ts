/**
 * Runs the text plugins outside Astro (remark-quotations, remark-claims, remark-dates), on MDX, Markdown or
 * plain text: the same code that renders the pages feeds the quotation index, the timeline's links into the
 * text, the content check and `npm run extract`.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { parse as parseYaml } from 'yaml';
import remarkClaims, { type ClaimPlan } from '../remark/remark-claims.ts';
import remarkDates, { type DatePlan } from '../remark/remark-dates.ts';
import remarkInertContent from '../remark/remark-inert-content.ts';
import remarkQuotations, { type Options, type QuotationRecord, type RenderPlan } from '../remark/remark-quotations.ts';
import { parsePlainText, type RawLine } from '../model/plain-text-article.ts';
import type { DateMention } from '../remark/remark-dates.ts';

export interface Extraction {
  quotations: QuotationRecord[];
  dateMentions: DateMention[];
  messages: VFileMessage[];
  /** How the render marks the document's quotations and dates (absent for paragraphs read without a document). */
  plan?: RenderPlan;
  datePlan?: DatePlan;
  claimPlan?: ClaimPlan;
}

/** A plain-text article as a Markdown tree, one text node per raw line, so positions point into the raw text. */
function plainTextTree(contents: string): Root {
  const article = parsePlainText(contents);
  const at = ({ line, column }: RawLine) => ({ start: { line, column }, end: { line, column } });
  const children: RootContent[] = article.sections.flatMap((section) => [
    ...(section.titled ? [{ type: 'heading', depth: 2, children: [{ type: 'text', value: section.title }] } as RootContent] : []),
    ...section.blocks.map(
      (block): RootContent => ({
        type: 'paragraph',
        children: block.lines.map((raw, index) => ({ type: 'text', value: index < block.lines.length - 1 ? `${raw.text} ` : raw.text, position: at(raw) })),
        position: at(block.lines[0]!),
      }),
    ),
  ]);
  return { type: 'root', children };
}

/** Text already split into paragraphs at blank lines (no title, headings or captions), one text node per line. */
function paragraphTree(contents: string): Root {
  const children: RootContent[] = [];
  let lines: { text: string; line: number }[] = [];
  const flush = () => {
    if (!lines.length) return;
    const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });
    children.push({
      type: 'paragraph',
      children: lines.map((raw, index) => ({ type: 'text', value: index < lines.length - 1 ? `${raw.text}\n` : raw.text, position: at(raw.line) })),
      position: at(lines[0]!.line),
    });
    lines = [];
  };
  contents.split('\n').forEach((text, index) => {
    if (text.trim()) lines.push({ text, line: index + 1 });
    else flush();
  });
  flush();
  return { type: 'root', children };
}

/** Extracts the quotations of paragraphs of running text separated by blank lines, with no title or headings. */
export async function extractParagraphs(path: string, contents: string, options: Options): Promise<Extraction> {
  const file = new VFile({ path, value: contents });
  const processor = unified().use(remarkQuotations, options);
  await processor.run(paragraphTree(contents), file);
  return { quotations: file.data.quotations ?? [], dateMentions: [], messages: file.messages };
}

/** Extracts the quotations of one file; `path` decides how it is read (.mdx, .md, or plain text). */
export async function extractQuotations(path: string, contents: string, options: Options): Promise<Extraction> {
  const file = new VFile({ path, value: contents });
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  // An MDX section must be inert: its code and unknown elements are errors, found before anything reads the text.
  if (path.endsWith('.mdx')) processor.use(remarkMdx).use(remarkInertContent);
  processor.use(remarkQuotations, options).use(remarkClaims).use(remarkDates, options);
  let tree: Root;
  if (path.endsWith('.md') || path.endsWith('.mdx')) {
    tree = processor.parse(file);
    const yaml = tree.children.find((node) => node.type === 'yaml');
    if (yaml) file.data.frontmatter = (parseYaml(yaml.value) ?? {}) as Record<string, unknown>;
  } else {
    tree = plainTextTree(contents);
  }
  await processor.run(tree, file);
  return { quotations: file.data.quotations ?? [], dateMentions: file.data.dateMentions ?? [], messages: file.messages, plan: file.data.renderPlan, datePlan: file.data.datePlan, claimPlan: file.data.claimPlan };
}
