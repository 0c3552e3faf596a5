import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { PublicQuotation } from '../../src/outputs/quote-export.ts';
import { readGzipJson } from '../../src/outputs/gzip-download.ts';
import { pageText } from '../../src/outputs/page-text.ts';
import { annotationSources, pageAnchors, readAnnotatedIndexes } from '../../src/outputs/web-annotations.ts';
import { paths, withBase } from '../../src/model/urls.ts';
import { headersFor, parseHeaders } from '../../scripts/bench/headers.ts';
import { page, readPages, select, selectAll, text } from '../helpers/site.ts';

const builds = inject('builds');
const SITE = 'http://localhost:4321';

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

/**
 * What the build's annotations step (src/astro/web-annotations-integration.ts) would fail on: the indexed quotations
 * and claims not anchored in the built pages, each page's HTML as `edit` leaves it.
 */
function unanchoredIn(outDir: string, base: string, edit = (_path: string, html: string) => html) {
  const htmlOf = (path: string) => (existsSync(join(outDir, path, 'index.html')) ? readFileSync(join(outDir, path, 'index.html'), 'utf8') : '');
  const options = { base, site: new URL(base, SITE), speakerPath: (id: string) => withBase(base, paths.speaker(id)) };
  return annotationSources(readAnnotatedIndexes(outDir), (path) => pageAnchors(pageText(edit(path, htmlOf(path)))), options).unanchored;
}

describe.each(Object.entries(builds))('the quotation index built for %s', (_name, { base, outDir }) => {
  const json = readGzipJson<{ quotations: PublicQuotation[] }>(join(outDir, 'quotes.json.gz'));
  const pages = readPages(outDir);
  const byText = (words: string) => json.quotations.find((q) => q.text.startsWith(words));

  it('exports /quotes.json.gz in exactly the published shape', () => {
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

  it('publishes the corpus-wide exports as gzip files, sent as files to keep, not as responses to unpack', () => {
    const rules = parseHeaders(readFileSync(join(outDir, '_headers'), 'utf8'));
    for (const name of ['quotes.json.gz', 'quotes.csv.gz', 'claims.json.gz', 'timeline.json.gz']) {
      expect(readFileSync(join(outDir, name)).subarray(0, 2), name).toEqual(Buffer.from([0x1f, 0x8b]));
      expect(headersFor(rules, `/${name}`)).toMatchObject({ 'Content-Type': 'application/gzip', 'Content-Disposition': 'attachment' });
      expect(headersFor(rules, `/${name}`)).not.toHaveProperty('Content-Encoding');
    }
  });

  it('exports the same quotations as /quotes.csv.gz (RFC 4180), and each article’s as CSL-JSON', () => {
    const [header, ...rows] = parseCsv(gunzipSync(readFileSync(join(outDir, 'quotes.csv.gz'))).toString('utf8'));
    expect(header).toEqual(['id', 'text', 'kind', 'speaker_id', 'speaker_name', 'article', 'section', 'url', 'said', 'context']);
    expect(rows.map((row) => [row[0], row[1], row[3]])).toEqual(json.quotations.map((q) => [q.id, q.text, q.speaker.id ?? '']));
    const csl = JSON.parse(readFileSync(join(outDir, 'articles/syria-israel-fifth-round/quotations.csl.json'), 'utf8')) as { id: string; type: string; note: string }[];
    expect(csl.map((item) => item.id)).toEqual(json.quotations.map((q) => q.id));
    expect(csl[0]).toMatchObject({ type: 'article-newspaper', 'container-title': 'Noon Post', URL: 'https://www.noonpost.com/en/363213/' });
  });

  it('anchors every indexed quotation in its page, with speaker and kind, and the source’s marks inside', () => {
    expect(unanchoredIn(outDir, base)).toEqual([]);
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
    // On the sections' pages (the whole article's page shows them all again).
    const quoted = pages.filter((p) => /^articles\/[^/]+\/[^/]+\/$/.test(p.path)).flatMap((p) => selectAll('.prose .quotation', p.tree));
    expect(quoted.length).toBe(json.quotations.length);
    expect(selectAll('.prose .quotation', page(pages, 'articles/syria-israel-fifth-round/').tree)).toHaveLength(json.quotations.length);
    expect(json.quotations.map((q) => q.text)).not.toContain('Israel');
    const intro = page(pages, 'articles/syria-israel-fifth-round/introduction/');
    expect(selectAll('.quotation', intro.tree)).toEqual([]);
    expect(text(select('.prose', intro.tree))).toContain('in contrast to "Israel\'s" continued aggression');
  });

  it('lists every quotation on /quotes/, grouped by speaker with counts; the sections that quote, with theirs; the dated ones by date', () => {
    const quotes = page(pages, 'quotes/');
    const barrack = selectAll('.quote-group', quotes.tree).find((group) => text(select('h2', group)).startsWith('Thomas Barrack'))!;
    expect(text(select('h2', barrack))).toBe('Thomas Barrack 3');
    expect(selectAll('.quote-item', quotes.tree)).toHaveLength(json.quotations.length);
    // By section, each quoting section once, with its count, linked to its citations: the quotations are listed once.
    const bySection = page(pages, 'quotes/by-section/').tree;
    expect(selectAll('.quote-item', bySection)).toEqual([]);
    const sections = selectAll('.quoted-section', bySection);
    expect(sections.map((item) => Number(text(select('.count', item))))).toEqual(
      [...Map.groupBy(json.quotations, (q: { section: string }) => q.section).values()].map((group) => group.length),
    );
    expect(String(select('a', sections[0]!)?.properties.href)).toBe(`${base}articles/syria-israel-fifth-round/a-faltering-track-amid-unrelenting-aggression/#citations-title`);
    const byDate = page(pages, 'quotes/by-date/');
    // Dated by the text, or by the dated claim on their sentence (the joint statement of January 6).
    expect(selectAll('.quote-group h2', byDate.tree).map((h) => text(h))).toEqual(['November 2025 1', 'January 5, 2026 1', 'January 6, 2026 4']);
    expect(selectAll('.quote-item', byDate.tree)).toHaveLength(6);
    expect(text(select('main > p.muted', byDate.tree))).toBe(`6 of the ${json.quotations.length} quotations have a date (the text's, or the dated claim's on their sentence) and are listed here; the other ${json.quotations.length - 6} are listed by speaker and by section.`);
    expect(select('[data-list-filters]', quotes.tree)?.properties.className).toContain('js-only');
  });

  it('cites each quotation at its permalink on its section page, with its speaker, place, citations, Highwire tags and JSON-LD', () => {
    const quotation = byText('breakthrough')!;
    const sectionPath = 'articles/syria-israel-fifth-round/joint-coordination-mechanism/';
    const section = page(pages, sectionPath);
    const cited = selectAll('.quotation-citation', section.tree).find((li) => select(`h3[id="cite-${quotation.id}"]`, li))!;
    expect(text(select('.quotation-citation__quote', cited))).toBe('“breakthrough”');
    expect(text(select('.quotation-citation__meta', cited))).toBe('— Thomas Barrack, US Special Envoy to Syria · partial quotation · in the text');
    expect(select(`a[href="#${quotation.id}"]`, cited)).toBeTruthy();
    expect(select(`[id="${quotation.id}"]`, section.tree)).toBeTruthy();
    expect(selectAll('.citation-styles dt', cited).map((h) => text(h))).toEqual(['APA 7 in-text citation', 'MLA 9 in-text citation', 'Chicago 17 note', 'Chicago 17 short note']);
    expect(selectAll('.citation-styles dd', cited).map((t) => text(t))).toEqual([
      '(Barrack, as cited in Noon Post, 2026)',
      '(qtd. in “What Did the Fifth Round”)',
      'Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” Noon Post, January 2026, https://www.noonpost.com/en/363213/.',
      'Barrack, quoted in “What Did the Fifth Round.”',
    ]);
    // The article's reference entries, once on the page, which the quotations' citations point to.
    const entries = select('.article-citation', section.tree)!;
    expect(selectAll('.citation-styles dt', entries).map((h) => text(h))).toEqual(['APA 7 reference entry', 'MLA 9 works-cited entry', 'Chicago 17 bibliography entry']);
    expect(text(selectAll('.citation-styles dd', entries)[1])).toBe(
      '“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” Noon Post, Jan. 2026, www.noonpost.com/en/363213/. Accessed 26 Nov. 2026.',
    );
    expect(selectAll('.citation-styles dd cite', entries).map((c) => text(c))).toEqual([
      'What did the fifth round of Syria–“Israel” negotiations reveal?',
      'Noon Post',
      'Noon Post',
    ]);
    // Every quotation of the page has its citation, in reading order.
    const own = json.quotations.filter((q) => q.section === quotation.section);
    expect(selectAll('.quotation-citation h3', section.tree).map((h) => h.properties.id)).toEqual(own.map((q) => `cite-${q.id}`));
    const graph = (JSON.parse(text(select('script[type="application/ld+json"]', section.tree))) as { '@graph': Record<string, unknown>[] })['@graph'];
    // The article names itself once, its quotations as its parts.
    const newsArticle = graph.find((item) => item['@type'] === 'NewsArticle')!;
    expect(newsArticle['@id']).toBe('https://www.noonpost.com/en/363213/');
    const parts = newsArticle.hasPart as Record<string, unknown>[];
    expect(parts.map((part) => part.url)).toEqual(own.map((q) => `${SITE}${base}${sectionPath}#cite-${q.id}`));
    const described = parts.find((item) => String(item.url).endsWith(`#cite-${quotation.id}`))!;
    expect(described).toMatchObject({
      '@type': 'Quotation',
      text: 'breakthrough',
      url: `${SITE}${base}${sectionPath}#cite-${quotation.id}`,
      creator: { '@id': `${SITE}${base}speakers/thomas-barrack/` },
    });
    // Each speaker is written once, and their quotations refer to them.
    expect(graph.filter((item) => item['@id'] === `${SITE}${base}speakers/thomas-barrack/`)).toEqual([
      { '@id': `${SITE}${base}speakers/thomas-barrack/`, '@type': 'Person', name: 'Thomas Barrack', jobTitle: 'US Special Envoy to Syria' },
    ]);
    expect(graph[0]).toMatchObject({ '@type': 'NewsArticle', '@id': 'https://www.noonpost.com/en/363213/', publisher: { name: 'Noon Post' } });
  });

  it('explains its marks in a key on every section page, and links the method page from there and every page’s footer', () => {
    const about = `${base}about/`;
    for (const { path, tree } of pages.filter((p) => !p.path.startsWith('quotes/q-'))) {
      expect(select(`.site-footer a[href="${about}"]`, tree), path).toBeTruthy();
      if (/^articles\/[^/]+\/[^/]+\/$/.test(path)) {
        const key = select('.section-page > .annotation-key', tree)!;
        expect(selectAll('dd', key).map((dd) => text(dd)), path).toEqual([
          'a quotation, its speaker noted beside it',
          'a speaker’s first mention, linked to their page',
          'a claim, noted beside it under its number',
          'a dated event, noted beside it',
        ]);
        expect(select(`a[href="${about}"]`, key), path).toBeTruthy();
      }
    }
    const method = page(pages, 'about/');
    expect(selectAll('h2', method.tree).map((h) => text(h))).toEqual([
      'Quotations: found and attributed automatically',
      'What the maintainers annotate by hand',
      'What each claim status means',
      'Dates keep their precision',
      'Reporting an error',
    ]);
    expect(selectAll('dt', method.tree).map((dt) => text(dt))).toEqual(['asserted', 'reported', 'denied', 'disputed', 'analysis']);
  });

  it('gives the article the same reference entries on its page and on each of its sections’ pages', () => {
    const entries = pages
      .filter((p) => p.path.startsWith('articles/syria-israel-fifth-round/') && p.path.endsWith('/'))
      .map((p) => selectAll('.article-citation .citation-styles dd', p.tree).map((dd) => text(dd)));
    expect(entries).toHaveLength(5);
    for (const entry of entries) expect(entry).toEqual(entries[0]);
    expect(entries[0]![0]).toBe('Noon Post. (2026, January). What did the fifth round of Syria–“Israel” negotiations reveal? https://www.noonpost.com/en/363213/');
  });

  it('describes the article to reference managers on the article and section pages: publisher as publisher, date at its precision', () => {
    for (const path of ['articles/syria-israel-fifth-round/', 'articles/syria-israel-fifth-round/joint-coordination-mechanism/']) {
      const { tree } = page(pages, path);
      const values = (name: string) => selectAll(`meta[name="${name}"]`, tree).map((meta) => meta.properties.content);
      // What Zotero's and Mendeley's readers take: no journal title (it would make the page a journal article),
      // no organization as a person's name, the date as precise as the article gives it.
      expect(values('citation_title')).toEqual(['What Did the Fifth Round of Syria–"Israel" Negotiations Reveal?']);
      expect(values('citation_publisher')).toEqual(['Noon Post']);
      expect(values('citation_author')).toEqual([]);
      expect(values('citation_journal_title')).toEqual([]);
      expect(values('citation_date')).toEqual(['2026/01']);
      expect(values('citation_public_url')).toEqual(['https://www.noonpost.com/en/363213/']);
      expect([values('DC.type'), values('DC.publisher'), values('DC.date'), values('DC.creator')]).toEqual([['Text'], ['Noon Post'], ['2026-01'], []]);
      expect(select('meta[property="og:type"]', tree)?.properties.content).toBe('article');
    }
  });

  it('offers each article’s quotations as BibTeX and CSL-JSON at stable URLs, linked from its citations', () => {
    const section = page(pages, 'articles/syria-israel-fifth-round/joint-coordination-mechanism/');
    const links = selectAll('.citations .downloads a', section.tree).map((a) => String(a.properties.href));
    expect(links).toEqual([`${base}articles/syria-israel-fifth-round/quotations.bib`, `${base}articles/syria-israel-fifth-round/quotations.csl.json`]);
    const bib = readFileSync(join(outDir, 'articles/syria-israel-fifth-round/quotations.bib'), 'utf8');
    expect([...bib.matchAll(/^@online\{(q-[^,]+),/gm)].map((m) => m[1])).toEqual(json.quotations.map((q) => q.id));
    expect(bib).toContain('  urldate = {2026-11-26},\n');
    const csl = JSON.parse(readFileSync(join(outDir, 'articles/syria-israel-fifth-round/quotations.csl.json'), 'utf8')) as { id: string; note: string; URL: string }[];
    expect(csl.map((item) => item.id)).toEqual(json.quotations.map((q) => q.id));
    expect(csl.find((item) => item.note === '“breakthrough” — Thomas Barrack')).toBeTruthy();
  });

  it('keeps every former quotation page answering with a redirect to the permalink, left out of the sitemap', () => {
    const former = readFileSync('content/former-quotation-pages.yaml', 'utf8').match(/(?<=^- id: )q-\S+/gm)!;
    expect(former).toHaveLength(15);
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    for (const id of former) {
      const redirect = page(pages, `quotes/${id}/`);
      const quotation = json.quotations.find((q) => q.id === id)!;
      const target = `${base}articles/${quotation.section}/#cite-${id}`;
      expect(select('meta[http-equiv=refresh]', redirect.tree)?.properties.content).toBe(`0; url=${target}`);
      expect(select('body a', redirect.tree)?.properties.href).toBe(target);
      expect(sitemap).not.toContain(`/quotes/${id}/`);
    }
    expect(pages.filter((p) => p.path.startsWith('quotes/q-'))).toHaveLength(former.length);
  });

  it('lists a speaker’s quotations on their page, and a section’s beside its text', () => {
    const speaker = page(pages, 'speakers/syrian-official/');
    expect(selectAll('.quote-item__text', speaker.tree).map((p) => text(p))).toEqual([
      '“immediately freeze all Israeli military activities”',
      '“technical stalling tactics”',
      '“expansionist mindset”',
    ]);
    const aside = select('aside.annotations', page(pages, 'articles/syria-israel-fifth-round/agreement-or-normalization/').tree)!;
    expect(text(select('#notes-quotations', aside))).toBe('Quotations 3');
    expect(select('[aria-labelledby=notes-quotations] a[href="#citations-title"]', aside)).toBeTruthy();
    expect(selectAll('.citations .quotation-citation', page(pages, 'articles/syria-israel-fifth-round/agreement-or-normalization/').tree)).toHaveLength(3);
  });
});

describe('the anchoring of the indexes in the built pages', () => {
  it('names each indexed quotation whose anchor is missing from its page', () => {
    const { outDir, base } = builds.root;
    const victim = readGzipJson<{ quotations: PublicQuotation[] }>(join(outDir, 'quotes.json.gz')).quotations[0]!;
    const victimPage = victim.url.slice(base.length).replace(/#.*$/, '');
    const renamed = (path: string, html: string) => (path === victimPage ? html.replaceAll(`id="${victim.id}"`, 'id="renamed"') : html);
    expect(unanchoredIn(outDir, base, renamed).map((u) => u.id)).toEqual([victim.id]);
  });
});
