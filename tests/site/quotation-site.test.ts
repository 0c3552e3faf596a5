import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { missingAnchors } from '../../src/check/anchor-check.ts';
import type { PublicQuotation } from '../../src/outputs/quote-export.ts';
import { page, readPages, select, selectAll, text } from '../helpers/site.ts';

const builds = inject('builds');

/** Reads a CSV the way RFC 4180 writes it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe.each(Object.entries(builds))('the quotation index built for %s', (_name, { base, outDir }) => {
  const json = JSON.parse(readFileSync(join(outDir, 'quotes.json'), 'utf8')) as { quotations: PublicQuotation[] };
  const pages = readPages(outDir);
  const byText = (words: string) => json.quotations.find((q) => q.text.startsWith(words));

  it('exports /quotes.json in exactly the published shape', () => {
    expect(Object.keys(json)).toEqual(['quotations']);
    for (const quotation of json.quotations) {
      expect(Object.keys(quotation)).toEqual(['id', 'text', 'kind', 'speaker', 'article', 'section', 'url', 'said', 'context']);
      expect(Object.keys(quotation.speaker)).toEqual(['id', 'name']);
      expect(quotation.url).toBe(`${base}articles/${quotation.section}/#${quotation.id}`);
    }
    expect(byText('We do not pursue peace')).toMatchObject({
      kind: 'full',
      speaker: { id: 'asaad-al-shibani', name: 'Asaad al-Shibani' },
      article: 'syria-israel-fifth-round',
      section: 'syria-israel-fifth-round/a-faltering-track-amid-unrelenting-aggression',
      said: '2025-11',
      context: expect.stringMatching(/^In November 2025, Syrian Foreign Minister Asaad al-Shibani clarified Syria's stance: "We do not pursue/),
    });
  });

  it('exports the same quotations as /quotes.csv (RFC 4180) and /quotes.csl.json', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(outDir, 'quotes.csv'), 'utf8'));
    expect(header).toEqual(['id', 'text', 'kind', 'speaker_id', 'speaker_name', 'article', 'section', 'url', 'said', 'context']);
    expect(rows.map((row) => [row[0], row[1], row[3]])).toEqual(json.quotations.map((q) => [q.id, q.text, q.speaker.id ?? '']));
    const csl = JSON.parse(readFileSync(join(outDir, 'quotes.csl.json'), 'utf8')) as { id: string; type: string; note: string }[];
    expect(csl.map((item) => item.id)).toEqual(json.quotations.map((q) => q.id));
    expect(csl[0]).toMatchObject({ type: 'article-newspaper', 'container-title': 'Noon Post', URL: 'https://www.noonpost.com/en/363213/' });
  });

  it('anchors every indexed quotation in its page, with speaker and kind, and the source’s marks inside', () => {
    expect(missingAnchors(outDir, base)).toEqual([]);
    const section = page(pages, 'articles/syria-israel-fifth-round/joint-coordination-mechanism/');
    const breakthrough = byText('breakthrough')!;
    const anchor = select(`[id="${breakthrough.id}"]`, section.tree)!;
    expect(anchor.properties).toMatchObject({ dataSpeaker: 'thomas-barrack', dataKind: 'partial', tabIndex: 0 });
    const note = select(`[id="${breakthrough.id}-by"]`, section.tree)!;
    expect(anchor.properties.ariaDescribedBy).toEqual([`${breakthrough.id}-by`]);
    expect(text(note)).toBe('Thomas Barrack, US Special Envoy to Syria · partial quotation');
    expect(text(anchor).replace(text(note), '')).toBe('“breakthrough,”');
  });

  it('leaves the author’s scare quotes untouched', () => {
    const quoted = pages.flatMap((p) => selectAll('.prose .quotation', p.tree));
    expect(quoted.length).toBe(json.quotations.length);
    expect(json.quotations.map((q) => q.text)).not.toContain('Israel');
    const intro = page(pages, 'articles/syria-israel-fifth-round/introduction/');
    expect(selectAll('.quotation', intro.tree)).toEqual([]);
    expect(text(select('.prose', intro.tree))).toContain('in contrast to "Israel\'s" continued aggression');
  });

  it('lists every quotation on /quotes/, grouped by speaker with counts, and by section and by date', () => {
    const quotes = page(pages, 'quotes/');
    const barrack = selectAll('.quote-group', quotes.tree).find((group) => text(select('h2', group)).startsWith('Thomas Barrack'))!;
    expect(text(select('h2', barrack))).toBe('Thomas Barrack 3');
    expect(selectAll('.quote-item', quotes.tree)).toHaveLength(json.quotations.length);
    expect(selectAll('.quote-item', page(pages, 'quotes/by-section/').tree)).toHaveLength(json.quotations.length);
    const byDate = page(pages, 'quotes/by-date/');
    expect(selectAll('.quote-group h2', byDate.tree).map((h) => text(h))).toEqual(['November 2025 1', 'January 5, 2026 1', `Date not given in the text ${json.quotations.length - 2}`]);
    expect(select('[data-list-filters]', quotes.tree)?.properties.className).toContain('js-only');
  });

  it('gives each quotation a permalink with its speaker, paragraph, place, citations, Highwire tags and JSON-LD', () => {
    const quotation = byText('breakthrough')!;
    const permalink = page(pages, `quotes/${quotation.id}/`);
    expect(text(select('blockquote', permalink.tree))).toBe('“breakthrough”');
    expect(text(select('figcaption', permalink.tree))).toBe('— Thomas Barrack, US Special Envoy to Syria');
    expect(text(select('.context-paragraph mark', permalink.tree))).toBe('breakthrough');
    expect(select(`a[href="${base}articles/syria-israel-fifth-round/joint-coordination-mechanism/#${quotation.id}"]`, permalink.tree)).toBeTruthy();
    expect(selectAll('.citation h3', permalink.tree).map((h) => text(h))).toEqual(['APA (7th edition)', 'MLA (9th edition)', 'Chicago (17th edition, note)']);
    expect(text(selectAll('.citation__text', permalink.tree)[1])).toBe(
      '“breakthrough.” Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” Noon Post, Jan. 2026, www.noonpost.com/en/363213/.',
    );
    const meta = (name: string) => select(`meta[name="${name}"]`, permalink.tree)?.properties.content;
    expect([meta('citation_title'), meta('citation_author'), meta('citation_publication_date')]).toEqual([
      'What Did the Fifth Round of Syria–"Israel" Negotiations Reveal?',
      'Noon Post',
      '2026/01',
    ]);
    const jsonLd = JSON.parse(text(select('script[type="application/ld+json"]', permalink.tree)));
    expect(jsonLd).toMatchObject({
      '@type': 'Quotation',
      text: 'breakthrough',
      creator: { '@type': 'Person', name: 'Thomas Barrack' },
      isPartOf: { '@type': 'NewsArticle', url: 'https://www.noonpost.com/en/363213/', publisher: { name: 'Noon Post' } },
    });
    expect(readFileSync(join(outDir, `quotes/${quotation.id}.bib`), 'utf8')).toMatch(new RegExp(`^@article\\{${quotation.id},`));
    expect(JSON.parse(readFileSync(join(outDir, `quotes/${quotation.id}.csl.json`), 'utf8'))[0].note).toBe('“breakthrough” — Thomas Barrack');
  });

  it('lists a speaker’s quotations on their page, and a section’s beside its text', () => {
    const speaker = page(pages, 'speakers/syrian-official/');
    expect(selectAll('.quote-item__text', speaker.tree).map((p) => text(p))).toEqual([
      'Partial quotation: “immediately freeze all Israeli military activities”',
      'Partial quotation: “technical stalling tactics”',
      'Partial quotation: “expansionist mindset”',
    ]);
    const aside = select('aside.annotations', page(pages, 'articles/syria-israel-fifth-round/agreement-or-normalization/').tree)!;
    expect(selectAll('[aria-labelledby=notes-quotations] li', aside)).toHaveLength(3);
  });
});

describe('the anchor check', () => {
  it('names each indexed quotation whose anchor is missing from its page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-anchors-'));
    cpSync(builds.root.outDir, dir, { recursive: true });
    const index = JSON.parse(readFileSync(join(dir, 'quotes.json'), 'utf8')) as { quotations: PublicQuotation[] };
    const victim = index.quotations[0]!;
    const file = join(dir, victim.url.replace(/#.*$/, ''), 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`id="${victim.id}"`, 'id="renamed"'));
    expect(missingAnchors(dir, '/').map((q) => q.id)).toEqual([victim.id]);
    rmSync(dir, { recursive: true, force: true });
  });
});
