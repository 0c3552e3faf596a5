/**
 * One paragraph of 4,000 quotations (scripts/bench/bench-paragraph.ts): every one found, with its words, its
 * speaker and an id of its own, in MDX and in plain text, and kept by the analysis cache as it was found. A test
 * of what comes out at scale; how long it takes is measured by the benchmark (`node scripts/bench/bench-paragraph.ts`).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractQuotations, type Extraction } from '../../src/analysis/analyse-text.ts';
import { AnalysisCache } from '../../src/analysis/section-cache.ts';
import { PARAGRAPH_OPTIONS, paragraphOfQuotations, sectionOfParagraph } from '../../scripts/bench/bench-paragraph.ts';

const COUNT = 4000;
const { paragraph, planted } = paragraphOfQuotations(COUNT);

/** What a reader of the index sees of each quotation: its words and who said them. */
const seen = (extraction: Extraction) => extraction.quotations.map((q) => ({ text: q.text, speaker: q.speaker.name }));

function expectEveryQuotation(extraction: Extraction): void {
  const { quotations } = extraction;
  expect(quotations.length, `expected all ${COUNT} quotations of the paragraph, found ${quotations.length}`).toBe(COUNT);
  expect(quotations[0]!.text).toBe('The harbour talks will resume before the spring thaw');
  expect(quotations[0]!.speaker.name).toBe('Dana Holt');
  expect(quotations.at(-1)!.text).toBe('The rail link deserves patience by the end of the year for now');
  expect(quotations.at(-1)!.speaker.name).toBe('Tomas Lindqvist');
  const wrong = seen(extraction).flatMap((q, i) => (q.text === planted[i]!.text && q.speaker === planted[i]!.speaker ? [] : [`#${i + 1}: expected “${planted[i]!.text}” by ${planted[i]!.speaker}, found “${q.text}” by ${q.speaker}`]));
  expect(wrong.slice(0, 5), `${wrong.length} quotations read wrong`).toEqual([]);
  expect(quotations.every((q) => q.kind === 'full'), 'every quotation is a full one').toBe(true);
  const ids = new Set(quotations.map((q) => q.id));
  expect(ids.size, `expected ${COUNT} different ids, found ${ids.size}`).toBe(COUNT);
  expect(extraction.messages.map(String)).toEqual([]);
}

describe('one paragraph of 4,000 quotations', () => {
  const temporary: string[] = [];
  afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it('finds every quotation of an MDX section, with its speaker, its own id, its place and its dates', async () => {
    const { path, contents } = sectionOfParagraph(paragraph, 'mdx');
    const extraction = await extractQuotations(path, contents, PARAGRAPH_OPTIONS);
    expectEveryQuotation(extraction);
    // Places in the source: the paragraph's line, and the column of each opening mark.
    const line = contents.split('\n').indexOf(paragraph) + 1;
    const last = extraction.quotations.at(-1)!;
    expect({ line: last.line, column: last.column }).toEqual({ line, column: paragraph.lastIndexOf('“') + 1 });
    // The render marks each quotation once, under its record's id.
    const wraps = extraction.plan!.paragraphs[0]!.wraps;
    expect(wraps.map((w) => w.id)).toEqual(extraction.quotations.map((q) => q.id));
    // One date in five quotations: "June 2025", and "March 3" of the year the paragraph gave before it.
    const dates = extraction.dateMentions;
    expect(dates).toHaveLength(COUNT / 5);
    expect(new Set(dates.map((d) => d.value))).toEqual(new Set(['2025-06', '2025-03-03']));
    expect(new Set(dates.map((d) => d.id)).size, 'every date has an id of its own').toBe(dates.length);
    expect(extraction.claimPlan!.marks).toEqual([{ paragraph: 0, start: 0, end: paragraph.indexOf('Holt.') + 'Holt.'.length, claims: [0] }]);
  });

  it('finds the same quotations in plain text', async () => {
    const { path, contents } = sectionOfParagraph(paragraph, 'txt');
    expectEveryQuotation(await extractQuotations(path, contents, PARAGRAPH_OPTIONS));
  });

  it('keeps the analysis on disk as it was found, the paragraph written once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-paragraph-'));
    temporary.push(root);
    const content = join(root, 'content');
    const { path, contents } = sectionOfParagraph(paragraph, 'mdx');
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
    writeFileSync(join(content, 'speakers.yaml'), '[]\n');
    const cache = new AnalysisCache(content, root);
    const fresh = await cache.section(file);
    expect(fresh.quotations).toHaveLength(COUNT);
    const kept = await new AnalysisCache(content, root).section(file);
    expect(kept).toEqual(fresh);
    const keptDir = join(root, '.astro', 'cache', 'analysis');
    const size = readdirSync(keptDir).reduce((sum, name) => sum + statSync(join(keptDir, name)).size, 0);
    // Each record's words, context and place, not its whole paragraph again.
    expect(size, `the kept analysis is ${size} bytes for a section of ${contents.length}`).toBeLessThan(30 * contents.length);
  });
});
