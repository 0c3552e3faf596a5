import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePlainText, planIngest, sectionBody } from '../src/lib/ingest.ts';

const SEED = readFileSync(new URL('../content/articles/syria-israel-fifth-round/source.txt', import.meta.url), 'utf8');

describe('parsePlainText on the seed article', () => {
  const article = parsePlainText(SEED);

  it('takes the first line as the title and the last as the source URL', () => {
    expect(article.title).toBe('What Did the Fifth Round of Syria–"Israel" Negotiations Reveal?');
    expect(article.source).toBe('https://www.noonpost.com/en/363213/');
  });

  it('splits at the article’s own headings, after an untitled introduction', () => {
    expect(article.sections.map((s) => [s.title, s.titled])).toEqual([
      ['Introduction', false],
      ['A Faltering Track Amid Unrelenting Aggression', true],
      ['"Joint Coordination Mechanism"', true],
      ['Agreement or Normalization?', true],
    ]);
    expect(article.sections.map((s) => s.slug)).toEqual([
      'introduction',
      'a-faltering-track-amid-unrelenting-aggression',
      'joint-coordination-mechanism',
      'agreement-or-normalization',
    ]);
  });

  it('rejoins the five paragraphs the raw text breaks mid-sentence', () => {
    expect(article.rejoined).toBe(5);
    const paragraphs = article.sections.flatMap((s) => s.blocks).map((b) => b.text);
    expect(paragraphs).toContain(
      'Since the fall of Bashar al-Assad\'s regime on December 8, 2024, "Israel" has intensified its military actions in Syria, including incursions, land seizures, the establishment of military outposts, targeted strikes, arrests, and the killing of both civilians and soldiers. The Syrian Network for Human Rights documented 62 Syrian deaths at the hands of Israeli forces in 2025 alone.',
    );
    expect(paragraphs.some((p) => p.includes('urged it to abandon its “expansionist mindset” to allow'))).toBe(true);
    expect(paragraphs.some((p) => /^(intensified|previous regime|initiate|“expansionist|building trust)/.test(p))).toBe(false);
  });

  it('keeps the three photo captions with their credits', () => {
    const captions = article.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'caption');
    expect(captions.map((c) => c.credit)).toEqual(['Presidency of the Republic', 'ABA', 'GPO']);
    expect(captions[1]!.text).toBe('Israeli military vehicles in the Syrian city of Quneitra');
  });

  it('keeps every word of the raw text', () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const kept = article.sections.flatMap((s) => [...(s.titled ? [s.title] : []), ...s.blocks.map((b) => (b.credit ? `${b.text} (${b.credit})` : b.text))]);
    const rawBody = SEED.trim().split('\n').slice(1, -1).join(' ');
    expect(words(kept.join(' '))).toEqual(words(rawBody));
  });
});

describe('planIngest', () => {
  it('plans the same files for the same input', () => {
    expect(planIngest(SEED, 'a', {})).toEqual(planIngest(SEED, 'a', {}));
  });

  it('explains what is missing when the text has no source URL', () => {
    expect(() => planIngest('Title\n\nA paragraph.\n', 'a', {})).toThrow(/no source URL found.*--source/);
  });
});

describe('sectionBody', () => {
  it.each(['Costs {rose} <b>sharply</b> * 2', '# not a heading', '1. not a list', 'a [link](x) and `code` and _this_'])(
    'escapes what MDX would read as syntax, so "%s" comes out as written',
    (text) => {
      const body = sectionBody({ slug: 's', title: 'S', titled: true, blocks: [{ kind: 'paragraph', text, line: 1, lines: [{ text, line: 1, column: 1 }] }] });
      const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
      expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
      expect(toString(tree)).toBe(text);
    },
  );
});

describe('npm run ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const seedPath = fileURLToPath(new URL('../content/articles/syria-israel-fifth-round/source.txt', import.meta.url));
  const ingest = (...args: string[]) =>
    execFileSync(process.execPath, ['scripts/ingest.ts', seedPath, '--content', dir, ...args], { encoding: 'utf8', stdio: 'pipe' });

  it('writes the article entry, one MDX file per section and the raw text, and says so', () => {
    const out = ingest('--article', 'seed', '--publisher', 'Noon Post');
    expect(readdirSync(join(dir, 'articles/seed')).sort()).toEqual([
      'a-faltering-track-amid-unrelenting-aggression.mdx',
      'agreement-or-normalization.mdx',
      'article.yaml',
      'introduction.mdx',
      'joint-coordination-mechanism.mdx',
      'source.txt',
    ]);
    expect(out).toContain(`wrote ${join(dir, 'articles/seed/introduction.mdx')}`);
    const section = readFileSync(join(dir, 'articles/seed/a-faltering-track-amid-unrelenting-aggression.mdx'), 'utf8');
    const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(section)![1]!);
    expect(frontmatter).toMatchObject({ title: 'A Faltering Track Amid Unrelenting Aggression', order: 2, article: 'seed', speakers: [], claims: [] });
    // The dates the text gives are proposed, each with the sentence it stands in as a draft of the event.
    expect(frontmatter.dates.map((d: { date: string }) => String(d.date))).toEqual(['2025-07/2025-08', '2025-09', '2025-12-01', '2025-11', '2024-12-07', '2025-07-19']);
    expect(frontmatter.dates[0].event).toMatch(/^Prior to the recent Paris meeting, two negotiation rounds were held in the French capital in July and August 2025/);
  });

  it('refuses to overwrite existing files without --force', () => {
    expect(() => ingest('--article', 'seed')).toThrow(/not overwriting .*--force/s);
    expect(ingest('--article', 'seed', '--force')).toContain('wrote');
  });

  it('rejects an article slug that is not a slug', () => {
    expect(() => ingest('--article', '../escape')).toThrow(/not a slug/);
  });
});
