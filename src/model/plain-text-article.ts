/**
 * A plain-text article (a title line, paragraphs, optional headings, photo captions and a final source-URL line)
 * read into sections of blocks, each block keeping the raw lines it was joined from so positions map back.
 */
import GithubSlugger from 'github-slugger';
import type { RootContent } from 'mdast';

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

export const URL_PATTERN = /https?:\/\/[^\s<>()[\]]+/;
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

