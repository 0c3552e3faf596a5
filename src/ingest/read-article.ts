/**
 * Ingest: turns an article, in plain text (a title line, paragraphs, optional headings, photo captions and a
 * final source-URL line) or in Markdown, into sections of blocks, and renders those as MDX drafts with
 * skeleton frontmatter.
 */
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml, stringify } from 'yaml';
import { findDates } from '../text/dates/dates.ts';
import { sentenceRanges } from '../text/sentences.ts';

/** One line of the raw text, where it stands. */
export interface RawLine {
  text: string;
  /** 1-based line and column in the raw text. */
  line: number;
  column: number;
}

export interface Block {
  kind: 'paragraph' | 'caption' | 'markdown';
  text: string;
  /** A Markdown block kept as written (its formatting, links, lists), for articles ingested from Markdown. */
  node?: RootContent;
  /** The credit in a caption's closing parentheses. */
  credit?: string;
  /** 1-based line in the raw text where the block starts. */
  line: number;
  /** The raw lines the block was joined from (with single spaces), so positions map back to the raw text. */
  lines: RawLine[];
}

export interface IngestedSection {
  slug: string;
  title: string;
  /** False for the untitled introduction, whose title the site supplies. */
  titled: boolean;
  blocks: Block[];
}

export interface IngestedArticle {
  title: string;
  source?: string;
  /** What a Markdown article's frontmatter says of itself (publisher, published, language, source). */
  meta?: Record<string, string>;
  sections: IngestedSection[];
  /** How many paragraphs were rejoined because the raw text broke them mid-sentence. */
  rejoined: number;
}

interface RawBlock {
  text: string;
  line: number;
  lines: RawLine[];
}

const URL_PATTERN = /https?:\/\/[^\s<>()[\]]+/;
const ENDS_SENTENCE = /[.!?…:;"”’)]$/;
const CAPTION = /^(.*\S)\s*\(([^()]{1,60})\)$/;
export const INTRODUCTION_TITLE = 'Introduction';

/** Splits the text at blank lines; the lines of one block are joined with spaces. */
function splitBlocks(raw: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | undefined;
  raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .forEach((line, index) => {
      const trimmed = line.trim();
      const raw = { text: trimmed, line: index + 1, column: line.indexOf(trimmed) + 1 };
      if (!trimmed) {
        current = undefined;
      } else if (current) {
        current.text += ` ${trimmed}`;
        current.lines.push(raw);
      } else {
        current = { text: trimmed, line: index + 1, lines: [raw] };
        blocks.push(current);
      }
    });
  return blocks;
}

/** The first letter of a block, past opening quotation marks and brackets. */
function firstLetter(text: string): string {
  return /\p{L}/u.exec(text)?.[0] ?? '';
}

function startsLowercase(text: string): boolean {
  const letter = firstLetter(text);
  return letter !== '' && letter === letter.toLowerCase() && letter !== letter.toUpperCase();
}

/** Rejoins paragraphs that the raw text broke mid-sentence across a blank line. */
function rejoin(blocks: RawBlock[]): { blocks: RawBlock[]; rejoined: number } {
  const out: RawBlock[] = [];
  let rejoined = 0;
  for (const block of blocks) {
    const previous = out.at(-1);
    if (previous && !ENDS_SENTENCE.test(previous.text) && startsLowercase(block.text)) {
      previous.text = `${previous.text} ${block.text}`;
      previous.lines.push(...block.lines);
      rejoined += 1;
    } else {
      out.push({ ...block, lines: [...block.lines] });
    }
  }
  return { blocks: out, rejoined };
}

function asCaption(block: RawBlock): Block | undefined {
  const match = CAPTION.exec(block.text);
  if (!match || /[.!?]$/.test(match[1]!) || block.text.split(/\s+/).length > 40) return undefined;
  return { kind: 'caption', text: match[1]!, credit: match[2]!.trim(), line: block.line, lines: block.lines };
}

function isHeading(block: RawBlock, next: RawBlock | undefined): boolean {
  const words = block.text.split(/\s+/).length;
  // A short quoted sentence ("He added, “Both parties are committed.”") is a paragraph, not a heading.
  return words <= 12 && !/[.,;:)]$|[.!?…]["”’]$/.test(block.text) && next !== undefined && !startsLowercase(next.text);
}

/** Splits a plain-text article into its title, sections, captions and source URL. */
export function parsePlainText(raw: string): IngestedArticle {
  const { blocks, rejoined } = rejoin(splitBlocks(raw));
  const titleBlock = blocks.shift();
  if (!titleBlock) throw new Error('the text is empty: an article needs a title line and at least one paragraph');
  const last = blocks.at(-1);
  const sourceMatch = last && last.text.length < 400 ? URL_PATTERN.exec(last.text) : null;
  if (sourceMatch) blocks.pop();

  const slugger = new GithubSlugger();
  const sections: IngestedSection[] = [];
  const open = (title: string, titled: boolean) => {
    const section = { slug: slugger.slug(title.replace(/["“”]/g, '')) || 'section', title, titled, blocks: [] };
    sections.push(section);
    return section;
  };
  let section: IngestedSection | undefined;
  blocks.forEach((block, index) => {
    const caption = asCaption(block);
    if (caption) {
      (section ??= open(INTRODUCTION_TITLE, false)).blocks.push(caption);
    } else if (isHeading(block, blocks[index + 1])) {
      section = open(block.text, true);
    } else {
      (section ??= open(INTRODUCTION_TITLE, false)).blocks.push({ kind: 'paragraph', text: block.text, line: block.line, lines: block.lines });
    }
  });
  return {
    title: titleBlock.text,
    source: sourceMatch?.[0],
    sections: sections.filter((s) => s.blocks.length > 0),
    rejoined,
  };
}

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

function blockToMdast(block: Block): RootContent {
  if (block.kind === 'markdown' && block.node) return block.node;
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
    summary,
    attribution: `Text of the article as published by ${publisher} at ${source}. Reproduced with attribution; all rights remain with the publisher.`,
  };
  return stringify(entry);
}

