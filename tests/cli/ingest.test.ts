import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePlainText } from '../../src/model/plain-text-article.ts';
import { sectionBody } from '../../src/ingest/read-article.ts';
import { planIngest } from '../../src/ingest/plan.ts';
import { readSpeakers } from '../../src/model/registry.ts';

const SEED = readFileSync(new URL('../../content/articles/syria-israel-fifth-round/source.txt', import.meta.url), 'utf8');

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
  const registry = readSpeakers('content');

  it('plans the same files for the same input', async () => {
    expect(await planIngest(SEED, 'seed.txt', 'a', {}, registry)).toEqual(await planIngest(SEED, 'seed.txt', 'a', {}, registry));
  });

  it('explains what is missing when the text has no source URL', async () => {
    await expect(planIngest('Title\n\nA paragraph.\n', 'a.txt', 'a', {}, registry)).rejects.toThrow(/no source URL found.*--source/);
  });

  it('proposes the registry speakers each section quotes, and counts what it found', async () => {
    const plan = await planIngest(SEED, 'seed.txt', 'a', { published: '2026-01' }, registry);
    const speakersOf = (name: string) => parse(/^---\n([\s\S]*?)\n---/.exec(plan.files.find((f) => f.path.endsWith(name))!.contents)![1]!).speakers;
    expect(speakersOf('joint-coordination-mechanism.mdx')).toEqual(['syrian-government-source', 'joint-statement', 'us-government', 'thomas-barrack']);
    expect(plan.summary).toEqual({ sections: 4, paragraphs: 34, rejoined: 5, captions: 3, dates: 16, quotations: 15, unattributed: [] });
    expect(plan.proposedSpeakers).toEqual([]);
  });

  it('proposes speakers the registry does not know as drafts, without touching the registry', async () => {
    const raw = readFileSync(new URL('../fixtures/unseen-article.txt', import.meta.url), 'utf8');
    const plan = await planIngest(raw, 'unseen.txt', 'senate', { published: '2026-03' }, registry);
    // Names without their titles; the title the text gives becomes the draft's role.
    expect(plan.proposedSpeakers.map((s) => [s.id, s.name, s.kind, s.role])).toEqual([
      ['chuck-schumer', 'Chuck Schumer', 'person', 'Senate Majority Leader'],
      ['ken-gude', 'Ken Gude', 'person', 'To review'],
      ['a-republican-aide', 'a Republican aide', 'anonymous', 'To review'],
      ['environmental-groups', 'Environmental groups', 'organization', 'To review'],
    ]);
    expect(plan.proposedSpeakers[1]!.description).toMatch(/^Quoted in senate\/introduction \(line \d+\); proposed by ingest/);
  });

  it('never proposes a word that only stands for someone, nor a pronoun', async () => {
    const raw = 'Harbour Vote\n\n“The vote is rigged,” one protester said. Another shouted, “Nobody asked us.”\n\n“We will be back,” she said.\n\nhttps://example.org/news/harbour\n';
    const plan = await planIngest(raw, 'harbour.txt', 'harbour', {}, registry);
    expect(plan.summary.quotations).toBe(3);
    expect(plan.proposedSpeakers.map((s) => s.name)).toEqual(['one protester']);
  });

  it('reads a Markdown article: title, headings, formatting, image captions and frontmatter', async () => {
    const markdown = `---
publisher: Example News
published: 2026-02-03
source: https://example.org/story
---

# Talks *resume* in Geneva

The talks resumed on **Monday**, officials said. A [spokesperson](https://example.org/p) called it "a first step."

![Delegates arrive in Geneva](photo.jpg "Example Photo")

## What comes next

- a second round
- a joint statement
`;
    const plan = await planIngest(markdown, 'story.md', 'geneva', {}, registry);
    expect(plan.files.map((f) => f.path)).toEqual([
      'articles/geneva/article.yaml',
      'articles/geneva/introduction.mdx',
      'articles/geneva/what-comes-next.mdx',
      'articles/geneva/source.txt',
    ]);
    expect(parse(plan.files[0]!.contents)).toMatchObject({ title: 'Talks resume in Geneva', publisher: 'Example News', published: '2026-02-03', source: 'https://example.org/story' });
    const intro = plan.files[1]!.contents;
    expect(intro).toContain('The talks resumed on **Monday**, officials said. A [spokesperson](https://example.org/p) called it "a first step."');
    expect(intro).toContain('<Figure credit="Example Photo">');
    expect(plan.files[2]!.contents).toContain('* a second round');
  });
});

describe('ingest of an untrusted Markdown article', () => {
  it('writes an inert draft: raw HTML and braces come out as text, never as MDX elements or expressions', async () => {
    const markdown = [
      '# A hostile story',
      '',
      'Costs {process.env.HOME} rose, <b onclick="alert(1)">sharply</b>.',
      '',
      '<script>alert(2)</script>',
      '',
      '<div onmouseover={alert(3)}>hover</div>',
      '',
      'https://example.org/hostile',
      '',
    ].join('\n');
    const plan = await planIngest(markdown, 'hostile.md', 'hostile', {}, readSpeakers('content'));
    const body = plan.files.find((f) => f.path.endsWith('introduction.mdx'))!.contents.replace(/^---[\s\S]*?---\n/, '');
    const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    const types = new Set<string>();
    visit(tree, (node) => void types.add(node.type));
    expect([...types].filter((type) => type.startsWith('mdx'))).toEqual([]);
    expect(toString(tree)).toBe('Costs {process.env.HOME} rose, <b onclick="alert(1)">sharply</b>.<script>alert(2)</script><div onmouseover={alert(3)}>hover</div>');
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
  const seedPath = fileURLToPath(new URL('../../content/articles/syria-israel-fifth-round/source.txt', import.meta.url));
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

  it('records the access date, today unless given, and keeps the one recorded when run again', () => {
    const entry = () => parse(readFileSync(join(dir, 'articles/seed/article.yaml'), 'utf8')) as { accessed: string };
    expect(entry().accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    ingest('--article', 'dated', '--publisher', 'Noon Post', '--accessed', '2026-11-26');
    const dated = join(dir, 'articles/dated/article.yaml');
    expect(parse(readFileSync(dated, 'utf8'))).toMatchObject({ accessed: '2026-11-26' });
    writeFileSync(dated, readFileSync(dated, 'utf8').replace('accessed: 2026-11-26', 'accessed: 2025-03-04'));
    expect(ingest('--article', 'dated', '--publisher', 'Noon Post')).toContain(`unchanged ${dated}`);
  });

  it('changes nothing when run again, keeps files annotated since, and replaces them only with --force', () => {
    const again = ingest('--article', 'seed', '--publisher', 'Noon Post');
    expect(again.split('\n').filter((line) => line.startsWith('unchanged')).length).toBe(6);
    expect(again).not.toMatch(/^(wrote|overwrote|kept)/m);
    const section = join(dir, 'articles/seed/introduction.mdx');
    const annotated = readFileSync(section, 'utf8').replace('speakers: []', 'speakers: [noon-post]');
    writeFileSync(section, annotated);
    expect(ingest('--article', 'seed', '--publisher', 'Noon Post')).toContain(`kept ${section}: it has changed since it was written (annotated?); pass --force to replace it`);
    expect(readFileSync(section, 'utf8')).toBe(annotated);
    expect(ingest('--article', 'seed', '--publisher', 'Noon Post', '--force')).toContain(`overwrote ${section}`);
  });

  it('ends with a summary of what it found, and the unattributed quotations with their lines', () => {
    // Without a registry every seed quotation still has a speaker as the text names it ("The statement", "The US").
    const out = ingest('--article', 'seed', '--publisher', 'Noon Post');
    expect(out).toContain('\n4 sections, 34 paragraphs (5 rejoined), 3 captions, 14 dates proposed, 15 quotations found, 0 unattributed\n');
    const unseen = join(dir, 'unseen.txt');
    writeFileSync(unseen, 'Harbour Vote Delayed\n\nThe council met on Monday.\n\n“Nobody here knows what happens next, and nobody will say.”\n\nhttps://example.org/news/harbour-vote\n');
    const summary = execFileSync(process.execPath, ['scripts/ingest.ts', unseen, '--content', dir, '--article', 'harbour'], { encoding: 'utf8', stdio: 'pipe' });
    expect(summary).toContain(', 1 quotations found, 1 unattributed\n');
    expect(summary).toMatch(new RegExp(`\\n {2}${join(dir, 'articles/harbour/introduction.mdx').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+ {2}“Nobody here knows what happens next, and nobody will say\\.” has no speaker`));
  });

  it('rejects an article slug that is not a slug', () => {
    expect(() => ingest('--article', '../escape')).toThrow(/not a slug/);
  });
});
