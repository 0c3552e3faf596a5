/** Quotations and claims as W3C annotations, anchored on the text of the page that shows them (pages we wrote). */
import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/outputs/page-text.ts';
import { ANNOTATIONS_PER_PAGE, annotationFiles, annotationSources, occurrences, pageAnchors, selectorsOf } from '../../src/outputs/web-annotations.ts';

const SECTION = `<html><head><meta name="citation_public_url" content="https://news.example/talks/"></head><body>
<p><span class="claim-sentence">Envoy <a class="speaker-mention" href="/speakers/dana-holt/">Dana Holt</a><span class="sidenote">Dana Holt, Envoy</span> said the talks were
<span class="quotation" id="q-close">“close to a deal.<sup class="claim-ref"><label id="text-claim-close">1</label></sup> We will sign”<span class="quotation__by">Dana Holt · full quotation</span></span></span><span class="sidenote">1 Dana Holt Close.</span></p>
<p>Nothing else was said.</p><script>var inline = 1;</script></body></html>`;

describe('pageText', () => {
  it('reads the body as annotation clients do, with each quotation’s words and the longest run of each claim’s sentence', () => {
    const page = pageText(SECTION);
    expect(page.text.startsWith('\nEnvoy Dana Holt')).toBe(true);
    expect(page.text.endsWith('var inline = 1;')).toBe(true);
    const words = (span: { start: number; end: number } | undefined) => page.text.slice(span!.start, span!.end);
    expect(words(page.quotations.get('q-close'))).toBe('“close to a deal.1 We will sign”');
    expect(words(page.claims.get('close'))).toBe(' said the talks were\n“close to a deal.');
    expect(page.meta.get('citation_public_url')).toBe('https://news.example/talks/');
  });
});

describe('selectorsOf', () => {
  it('keeps 32 characters either side when that makes the quote unique, and measures its position', () => {
    const text = `${'x'.repeat(40)}the words${'y'.repeat(40)}`;
    const [quote, position] = selectorsOf(text, { start: 40, end: 49 })!;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'the words', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 49 });
  });

  it('widens the context until the quote occurs once, and gives up past 512 characters', () => {
    const text = `a${'z'.repeat(100)}the words${'z'.repeat(100)}b ${'z'.repeat(100)}the words${'z'.repeat(100)}c`;
    const [quote] = selectorsOf(text, { start: 101, end: 110 })!;
    expect(occurrences(text, quote.prefix + quote.exact + quote.suffix)).toBe(1);
    expect(quote.prefix.length).toBe(101);
    const same = `${'z'.repeat(600)}the words${'z'.repeat(600)}the words${'z'.repeat(600)}`;
    expect(selectorsOf(same, { start: 600, end: 609 })).toBeUndefined();
  });
});

describe('annotationSources and annotationFiles', () => {
  const site = new URL('https://site.example/base/');
  const options = { base: '/base/', site, speakerPath: (id: string) => `/base/speakers/${id}/` };
  const indexes = {
    quotations: [{ id: 'q-close', kind: 'full', speaker: { id: 'dana-holt', name: 'Dana Holt' }, url: '/base/articles/talks/round/#q-close' }],
    claims: [{ id: 'close', claim: 'The parties are close to a deal.', status: 'asserted', claimant: { id: 'dana-holt', name: 'Dana Holt' }, url: '/base/articles/talks/round/#text-claim-close' }],
  };

  it('anchors each quotation and claim on its page, with the speaker, the status and the source article', () => {
    const read: string[] = [];
    const { sources, unanchored } = annotationSources(indexes, (path) => (read.push(path), pageAnchors(pageText(SECTION))), options);
    expect(read).toEqual(['articles/talks/round/']);
    expect(unanchored).toEqual([]);
    const files = annotationFiles(sources, site);
    expect(JSON.parse(files.get('annotations.jsonld')!)).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://site.example/base/annotations.jsonld',
      type: 'AnnotationCollection',
      label: 'The quotations and claims of the annotated articles',
      total: 2,
      first: 'https://site.example/base/annotations/page-1.jsonld',
      last: 'https://site.example/base/annotations/page-1.jsonld',
    });
    const [quotation, claim] = JSON.parse(files.get('annotations/page-1.jsonld')!).items;
    expect(quotation).toMatchObject({
      type: 'Annotation',
      body: [{ value: 'Quotation (full) of Dana Holt' }, { source: 'https://site.example/base/speakers/dana-holt/' }],
      target: { source: 'https://site.example/base/articles/talks/round/', selector: [{ exact: '“close to a deal.1 We will sign”' }, { type: 'TextPositionSelector' }] },
      via: 'https://news.example/talks/',
    });
    expect(claim.body).toEqual([
      { type: 'TextualBody', purpose: 'describing', value: 'Claim of Dana Holt: The parties are close to a deal.' },
      { type: 'TextualBody', purpose: 'classifying', value: 'asserted' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'https://site.example/base/speakers/dana-holt/' },
    ]);
  });

  it('names what cannot be anchored: words not marked in their page', () => {
    const { unanchored } = annotationSources(indexes, () => pageAnchors(pageText('<html><body><p>Other words.</p></body></html>')), options);
    expect(unanchored.map((u) => [u.id, u.page, u.reason])).toEqual([
      ['q-close', 'https://site.example/base/articles/talks/round/', 'its words are not marked in the page'],
      ['claim-close', 'https://site.example/base/articles/talks/round/', 'its words are not marked in the page'],
    ]);
  });

  it('names what cannot be anchored: words that do not occur once, even with 512 characters around them', () => {
    const z = 'z'.repeat(600);
    const page = pageAnchors(pageText(`<html><body><p>${z}<span class="quotation" id="q-close">the words</span>${z}the words${z}</p></body></html>`));
    expect(page.quotations).toEqual(new Map([['q-close', null]]));
    const { unanchored } = annotationSources(indexes, () => page, options);
    expect(unanchored.map((u) => [u.id, u.reason])).toEqual([
      ['q-close', 'its words do not occur once in the page, even with 512 characters around them'],
      ['claim-close', 'its words are not marked in the page'],
    ]);
  });

  it('pages the collection, each page linked to the next and to the collection', () => {
    const source = { subject: { kind: 'claim' as const, id: 'c', claim: 'x', claimant: { name: 'A', page: 'https://site.example/a/' }, status: 'asserted' }, page: 'https://site.example/p/', via: 'https://v.example/', selectors: selectorsOf('abc', { start: 1, end: 2 })! };
    const files = annotationFiles(Array.from({ length: ANNOTATIONS_PER_PAGE + 1 }, () => source), site);
    const second = JSON.parse(files.get('annotations/page-2.jsonld')!);
    expect(second).toMatchObject({ type: 'AnnotationPage', startIndex: ANNOTATIONS_PER_PAGE, prev: 'https://site.example/base/annotations/page-1.jsonld', partOf: { total: ANNOTATIONS_PER_PAGE + 1 } });
    expect(second.items).toHaveLength(1);
    expect(JSON.parse(files.get('annotations/page-1.jsonld')!).next).toBe('https://site.example/base/annotations/page-2.jsonld');
  });
});
