/**
 * The synthetic corpus (scripts/bench/synthetic-corpus.ts) that the benchmark builds: valid content with no errors,
 * deterministic from its seed, and holding quotations the extractor finds with the speakers they were planted with.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAll } from '../../src/check/check-all.ts';
import { formatProblems } from '../../src/check/content-check.ts';
import { extractQuotations, type Extraction } from '../../src/analysis/analyse-text.ts';
import { quotationOptions } from '../../src/analysis/quotation-options.ts';
import { articleSchema, CLAIM_STATUSES, plainReference, sectionSchema, speakerSchema } from '../../src/model/schema.ts';
import { generateCorpus, writeCorpus, type Corpus, type SyntheticArticle, type SyntheticSection } from '../../scripts/bench/synthetic-corpus.ts';

const temporary: string[] = [];

function written(corpus: Corpus): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-synthetic-'));
  temporary.push(dir);
  writeCorpus(corpus, dir);
  return dir;
}

/** Every file under a folder, by relative path, with its contents. */
function files(dir: string): Record<string, string> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
  return Object.fromEntries(names.sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

const sectionPath = (dir: string, article: SyntheticArticle, section: SyntheticSection) => join(dir, 'articles', article.slug, `${section.slug}.mdx`);
const allSections = (corpus: Corpus) => corpus.articles.flatMap((article) => article.sections.map((section) => ({ article, section })));

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('a generated corpus of 3 articles', () => {
  const corpus = generateCorpus({ articles: 3, seed: 1 });
  let dir: string;
  const extractions = new Map<SyntheticSection, Extraction>();

  beforeAll(async () => {
    dir = written(corpus);
    const options = quotationOptions(dir, '/');
    for (const { article, section } of allSections(corpus)) {
      const path = sectionPath(dir, article, section);
      extractions.set(section, await extractQuotations(path, readFileSync(path, 'utf8'), options));
    }
  });

  it('passes every content check with no error, and (so far) no warning', async () => {
    const problems = await checkAll(dir);
    expect(formatProblems(problems.filter((p) => p.severity === 'error'))).toBe('');
    expect(formatProblems(problems)).toBe('');
  });

  it('has a 40-speaker registry valid for the schema, with every kind of speaker', () => {
    expect(corpus.speakers).toHaveLength(40);
    for (const speaker of corpus.speakers) expect(speakerSchema.parse(speaker)).toEqual(speaker);
    expect(new Set(corpus.speakers.map((s) => s.kind))).toEqual(new Set(['person', 'organization', 'document', 'anonymous']));
    expect(corpus.speakers.filter((s) => s.kind === 'person').every((s) => s.aliases.length >= 2)).toBe(true);
  });

  it('has articles of 3–5 sections, each a few hundred words with about five quotations and valid frontmatter', () => {
    const section = sectionSchema(plainReference, plainReference);
    for (const article of corpus.articles) {
      expect(articleSchema.parse(article.entry)).toEqual(article.entry);
      expect(article.sections.length).toBeGreaterThanOrEqual(3);
      expect(article.sections.length).toBeLessThanOrEqual(5);
      for (const { frontmatter, body, quotations } of article.sections) {
        expect(section.parse(frontmatter)).toEqual(frontmatter);
        expect(body.split(/\s+/).length).toBeGreaterThanOrEqual(300);
        expect(quotations.length).toBeGreaterThanOrEqual(4);
        expect(frontmatter.claims.length).toBeGreaterThanOrEqual(2);
        expect(frontmatter.claims.length).toBeLessThanOrEqual(4);
        for (const claim of frontmatter.claims) {
          expect(frontmatter.speakers).toContain(claim.claimant);
          expect(CLAIM_STATUSES).toContain(claim.status);
        }
        for (const quotation of quotations) expect(frontmatter.speakers).toContain(quotation.speaker);
      }
    }
  });

  it('writes every construction in every article, in straight and curly marks', () => {
    for (const article of corpus.articles) {
      const text = article.sections.map((s) => s.body).join('\n\n');
      expect(text).toMatch(/(?:clarified|explained|stated) [^.]*: [“"]/);
      expect(text).toMatch(/\b(?:He|She) added, [“"]/);
      expect(text).toMatch(/,[”"] (?:said \p{Lu}\p{L}+|he said|she said), [“"]\p{Ll}/u);
      expect(text).toMatch(/urged (?:Kestland|Ostrel) to maintain an? [“"]/);
      expect(text).toMatch(/hailed the outcome as a [“"]/);
      expect(text).toMatch(/described the discussions as [“"]/);
      expect(text).toMatch(/told (?:Reuters|AFP|the Associated Press|Bloomberg|Al-Monitor)/);
      expect(text).toMatch(/According to (?:Axios|Politico|Reuters|The Guardian), /);
      expect(text).toMatch(/[“"]Ostrel[”"]/);
      expect(text).toMatch(/so-called [“"]/);
      expect(text).toMatch(/^> — [\p{L} -]+$/mu);
    }
    const all = corpus.articles.flatMap((a) => a.sections.map((s) => s.body)).join('\n');
    expect(all).toMatch(/[“”]/);
    expect(all).toMatch(/"\p{L}/u);
  });

  it('has quoted dates in its YAML', () => {
    const written = files(dir);
    const article = written[`articles/${corpus.articles[0]!.slug}/article.yaml`]!;
    expect(article).toMatch(/^published: "\d{4}-\d{2}-\d{2}"$/m);
    const sections = Object.entries(written).filter(([name]) => name.endsWith('.mdx')).map(([, text]) => text);
    expect(sections.some((text) => /^ {2}- date: "\d{4}(?:-\d{2}){0,2}(?:\/[\d-]+)?"$/m.test(text))).toBe(true);
    expect(sections.every((text) => !/date: \d/.test(text))).toBe(true);
  });

  it('the extraction finds exactly the planted quotations, with their kinds and speakers, in every section', () => {
    for (const { section } of allSections(corpus)) {
      const found = extractions.get(section)!.quotations.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker.id }));
      expect(found, section.slug).toEqual(section.quotations);
    }
  });

  it('attributes each construction to its speaker, never to an outlet, and never takes names or terms for quotations', () => {
    const quotations = allSections(corpus).flatMap(({ section }) => extractions.get(section)!.quotations);
    const speakersWhere = (pattern: RegExp) => new Set(quotations.filter((q) => pattern.test(q.context)).map((q) => q.speaker.id));
    // "told Reuters", "According to Axios": the anonymous source speaks, never the outlet.
    expect(speakersWhere(/ told (?:Reuters|AFP|the Associated Press|Bloomberg|Al-Monitor)\b/)).toEqual(new Set(['kestland-official', 'ostrel-official']));
    expect([...speakersWhere(/^According to /)].every((id) => ['varenian-official', 'western-diplomat', 'talks-source'].includes(id!))).toBe(true);
    expect(speakersWhere(/described the discussions as/)).toEqual(new Set(['joint-communique']));
    // Scare quotes around a name and "so-called" or "labeling … as" terms are not quotations.
    const bodies = corpus.articles.flatMap((a) => a.sections.map((s) => s.body)).join('\n');
    const terms = [
      ...[...bodies.matchAll(/so-called [“"]([^”"]+)[”"]/g)].map((m) => m[1]!),
      ...[...bodies.matchAll(/labeling [^.]* as "([^"]+)" and "([^"]+),"/g)].flatMap((m) => [m[1]!, m[2]!]),
    ];
    expect(terms.length).toBeGreaterThan(0);
    expect(quotations.filter((q) => q.text === 'Ostrel' || terms.includes(q.text))).toEqual([]);
    // A blockquote's "— Name" line names its speaker and is not part of its words.
    const blockquoted = quotations.filter((q) => q.context === q.text);
    expect(blockquoted.length).toBeGreaterThanOrEqual(3);
    expect(blockquoted.every((q) => q.speaker.id !== null && !q.text.includes('—'))).toBe(true);
  });

  it('seed 1, "Red Lines in Vienna": a blockquote, a dated colon quote, "He added" and two partials, precisely', () => {
    const { section } = allSections(corpus).find(({ article, section }) => article.slug === 'crossings-talks-0001' && section.slug === 'red-lines-in-vienna')!;
    const found = extractions.get(section)!.quotations.map((q) => [q.kind, q.speaker.id, q.text, q.said]);
    expect(found).toEqual([
      // > … / > — Thomas Whitcombe
      ['full', 'thomas-whitcombe', 'Nobody in the room believes the status quo on the inspection of lorries can hold. Both parties are committed to a new relationship based on transparency and partnership.', null],
      // In November 2022, intelligence chief Idris Kovan explained Kestland’s stance: "…"
      ['full', 'idris-kovan', 'Our position has not changed since the first round, and it will not change in Vienna. That is all we ask.', '2022-11'],
      // He added, “…”
      ['full', 'idris-kovan', 'If they want an agreement, let them accept an end to the night closures.', '2022-11'],
      // Secretary of State Caroline Ashby hailed the outcome as a "breakthrough," describing the talks as reflective of "…."
      ['partial', 'caroline-ashby', 'breakthrough', null],
      ['partial', 'caroline-ashby', 'a shared interest in a quiet border', null],
    ]);
    expect(section.frontmatter.speakers).toEqual(expect.arrayContaining(['thomas-whitcombe', 'idris-kovan', 'caroline-ashby']));
    expect(section.frontmatter.dates).toContainEqual(expect.objectContaining({ date: '2022-11' }));
  });

  it('gives frontmatter dates that are exactly the dates the text gives', () => {
    for (const { section } of allSections(corpus)) {
      const inText = new Set(extractions.get(section)!.dateMentions.map((m) => m.value));
      expect(new Set(section.frontmatter.dates.map((d) => d.date)), section.slug).toEqual(inText);
    }
  });
});

describe('determinism', () => {
  it('writes byte-identical files for the same seed, and different ones for another seed', () => {
    const first = files(written(generateCorpus({ articles: 3, seed: 7 })));
    const again = files(written(generateCorpus({ articles: 3, seed: 7 })));
    const other = files(written(generateCorpus({ articles: 3, seed: 8 })));
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('generates article k the same in every corpus size, so larger corpora extend smaller ones', () => {
    const small = generateCorpus({ articles: 2, seed: 3 });
    const large = generateCorpus({ articles: 5, seed: 3 });
    expect(large.articles.slice(0, 2)).toEqual(small.articles);
  });
});
