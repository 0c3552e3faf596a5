/**
 * Ingest: turns an article, in plain text (read by the model's plain-text reader) or in Markdown, into sections
 * of blocks, and renders those as MDX drafts with skeleton frontmatter.
 */
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml, stringify } from 'yaml';
import { findDates } from '../text/dates/dates.ts';
import { sentenceRanges } from '../text/sentences.ts';
import { INTRODUCTION_TITLE, parsePlainText, URL_PATTERN, type Block, type IngestedArticle, type IngestedSection } from '../model/plain-text-article.ts';

/** Splits a Markdown article at its headings, keeping each block's Markdown; a lone image becomes a captioned figure. */
export function parseMarkdown(raw: string): IngestedArticle {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(raw) as Root;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const meta = Object.fromEntries(
    Object.entries((yaml ? parseYaml(yaml.value) : {}) ?? {}).map(([key, value]) => [key, String(value)]),
  );
  const nodes = tree.children.filter((node) => node.type !== 'yaml');
  const firstHeading = nodes.findIndex((node) => node.type === 'heading');
  const titleNode = typeof meta.title === 'string' ? undefined : nodes[firstHeading];
  const title = meta.title ?? (titleNode ? toString(titleNode) : '');
  if (!title) throw new Error('the Markdown has no title: give it a first heading, or `title:` in its frontmatter');
  const last = nodes.at(-1);
  const source = meta.source ?? (last?.type === 'paragraph' ? URL_PATTERN.exec(toString(last))?.[0] : undefined);
  const body = nodes.filter((node) => node !== titleNode && !(node === last && source && !meta.source));

  const slugger = new GithubSlugger();
  const sections: IngestedSection[] = [];
  let section: IngestedSection | undefined;
  const open = (heading: string, titled: boolean) => {
    section = { slug: slugger.slug(heading.replace(/["“”]/g, '')) || 'section', title: heading, titled, blocks: [] };
    sections.push(section);
    return section;
  };
  for (const node of body) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      open(toString(node), true);
      continue;
    }
    const image = node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'image' ? node.children[0] : undefined;
    const text = toString(node);
    const block: Block = image
      ? { kind: 'caption', text: image.alt ?? '', ...(image.title ? { credit: image.title } : {}), line, lines: [{ text: image.alt ?? '', line, column: 1 }] }
      : { kind: 'markdown', node, text, line, lines: [{ text, line, column: 1 }] };
    (section ?? open(INTRODUCTION_TITLE, false)).blocks.push(block);
  }
  return { title, source, meta, sections: sections.filter((s) => s.blocks.length > 0), rejoined: 0 };
}

/** Reads an article as Markdown when its file name says so, otherwise as plain text. */
export function parseArticle(raw: string, fileName: string): IngestedArticle {
  return /\.(md|markdown|mdx)$/i.test(fileName) ? parseMarkdown(raw) : parsePlainText(raw);
}

/** Raw HTML of a Markdown article as text, so the MDX draft shows it rather than runs it (text is escaped on writing). */
function htmlAsText(node: RootContent): RootContent {
  visit(node, 'html', (html, index, parent) => {
    if (parent && index !== undefined) (parent.children as RootContent[])[index] = { type: 'text', value: html.value };
  });
  if (node.type === 'html') return { type: 'paragraph', children: [{ type: 'text', value: node.value }] };
  return node;
}

function blockToMdast(block: Block): RootContent {
  if (block.kind === 'markdown' && block.node) return htmlAsText(block.node);
  if (block.kind !== 'caption') return { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
  return {
    type: 'mdxJsxFlowElement',
    name: 'Figure',
    attributes: block.credit ? [{ type: 'mdxJsxAttribute', name: 'credit', value: block.credit }] : [],
    children: [{ type: 'paragraph', children: [{ type: 'text', value: block.text }] }],
  };
}

/** Renders a section's blocks as MDX, escaping whatever Markdown or JSX would otherwise read as syntax. */
export function sectionBody(section: IngestedSection): string {
  const tree: Root = { type: 'root', children: section.blocks.map(blockToMdast) };
  return toMarkdown(tree, { extensions: [mdxToMarkdown()] });
}

export interface ProposedDate {
  date: string;
  /** A draft to review: the sentence the date stands in. */
  event: string;
  actors: string[];
}

export interface SectionFrontmatter {
  title: string;
  order: number;
  article: string;
  speakers: string[];
  claims: unknown[];
  dates: ProposedDate[];
}

/** Every date the section's text resolves, once each, with the sentence it stands in as a draft of the event. */
export function proposeDates(section: IngestedSection, published: string | undefined): ProposedDate[] {
  const proposed = new Map<string, ProposedDate>();
  for (const block of section.blocks) {
    const sentences = sentenceRanges(block.text);
    for (const found of findDates(block.text, { published })) {
      if (!found.value || proposed.has(found.value)) continue;
      const sentence = sentences.find((r) => r.end > found.start) ?? { start: 0, end: block.text.length };
      proposed.set(found.value, { date: found.value, event: block.text.slice(sentence.start, sentence.end).trim(), actors: [] });
    }
  }
  return [...proposed.values()];
}

/**
 * A section's MDX file: skeleton frontmatter to annotate, with the speakers and dates found proposed, then the
 * text.
 */
export function renderSection(section: IngestedSection, fields: Pick<SectionFrontmatter, 'order' | 'article' | 'speakers' | 'dates'>): string {
  const frontmatter: SectionFrontmatter = { title: section.title, order: fields.order, article: fields.article, speakers: fields.speakers, claims: [], dates: fields.dates };
  return `---\n${stringify(frontmatter)}---\n\n${sectionBody(section)}`;
}

export interface ArticleOptions {
  publisher?: string;
  published?: string;
  language?: string;
  source?: string;
  /** The day the text was taken from its source, YYYY-MM-DD. */
  accessed?: string;
}

/** The article entry's YAML: what the text gives, the options, and drafts a maintainer should review. */
export function renderArticle(article: IngestedArticle, options: ArticleOptions): string {
  const source = options.source ?? article.source;
  if (!source) throw new Error('no source URL found: end the text with the URL of the original, or pass --source <url>');
  const publisher = options.publisher ?? new URL(source).hostname.replace(/^www\./, '');
  const firstParagraph = article.sections.flatMap((s) => s.blocks).find((b) => b.kind !== 'caption');
  const summary = firstParagraph?.text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? firstParagraph?.text ?? article.title;
  const entry = {
    title: article.title,
    publisher,
    source,
    language: options.language ?? 'en',
    ...(options.published ? { published: options.published } : {}),
    ...(options.accessed ? { accessed: options.accessed } : {}),
    summary,
    attribution: `Text of the article as published by ${publisher} at ${source}. Reproduced with attribution; all rights remain with the publisher.`,
  };
  return stringify(entry);
}

