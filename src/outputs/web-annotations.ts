/**
 * Every quotation and claim as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/) on the page that
 * shows it, anchored as annotation clients anchor: a `TextQuoteSelector` (the exact words, with as much of the
 * text before and after them as makes them occur once in the page's text) and a `TextPositionSelector` (their
 * offsets in that text). Published as one paged `AnnotationCollection`: `/annotations.jsonld`, then
 * `/annotations/page-<n>.jsonld`.
 */
import { join } from 'node:path';
import { jsonLines } from './compact-json.ts';
import { readGzipJson } from './gzip-download.ts';
import type { PageText, TextSpan } from './page-text.ts';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The text kept before and after the exact words, at first; more only where it takes more to be unique. */
const CONTEXT_CHARS = 32;
const MAX_CONTEXT_CHARS = 512;
/** Annotations on one page of the collection. */
export const ANNOTATIONS_PER_PAGE = 1000;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** How often `needle` occurs in `text`, overlapping occurrences counted. */
export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

/** How an annotation selects its words: as W3C selectors, by quote and by position. */
export type Selectors = [TextQuoteSelector, TextPositionSelector];

/**
 * The selectors of a span of a page's text: the quote with the shortest context (from 32 characters, doubled as
 * needed) that occurs exactly once in the text, or undefined when even 512 characters either side do not.
 */
export function selectorsOf(text: string, span: TextSpan): Selectors | undefined {
  const exact = text.slice(span.start, span.end);
  for (let size = CONTEXT_CHARS; size <= MAX_CONTEXT_CHARS; size *= 2) {
    const prefix = text.slice(Math.max(0, span.start - size), span.start);
    const suffix = text.slice(span.end, span.end + size);
    if (occurrences(text, prefix + exact + suffix) === 1) {
      return [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start: span.start, end: span.end },
      ];
    }
  }
  return undefined;
}

/** What an annotation says of the words it selects. */
export type AnnotationSubject =
  | { kind: 'quotation'; id: string; speaker: { name: string; page: string | null }; quotationKind: string }
  | { kind: 'claim'; id: string; claim: string; claimant: { name: string; page: string }; status: string };

export interface AnnotationSource {
  subject: AnnotationSubject;
  /** The page the words are on, absolute. */
  page: string;
  /** The article the page reproduces, absolute. */
  via: string;
  selectors: Selectors;
}

/**
 * What the annotations take from a page: the selectors of each quotation's and each claim's words by id (null when
 * they are marked but do not occur once, even with 512 characters around them), and its `<meta name=…>` values.
 */
export interface PageAnchors {
  quotations: Map<string, Selectors | null>;
  claims: Map<string, Selectors | null>;
  meta: Map<string, string>;
}

/** A page's anchors, measured on its text. */
export function pageAnchors(page: PageText): PageAnchors {
  const anchored = (spans: ReadonlyMap<string, TextSpan>) => new Map([...spans].map(([id, span]) => [id, selectorsOf(page.text, span) ?? null]));
  return { quotations: anchored(page.quotations), claims: anchored(page.claims), meta: page.meta };
}

function bodyOf(subject: AnnotationSubject): object[] {
  if (subject.kind === 'quotation') {
    return [
      { type: 'TextualBody', purpose: 'describing', value: `Quotation (${subject.quotationKind}) of ${subject.speaker.name}` },
      ...(subject.speaker.page ? [{ type: 'SpecificResource', purpose: 'identifying', source: subject.speaker.page }] : []),
    ];
  }
  return [
    { type: 'TextualBody', purpose: 'describing', value: `Claim of ${subject.claimant.name}: ${subject.claim}` },
    { type: 'TextualBody', purpose: 'classifying', value: subject.status },
    { type: 'SpecificResource', purpose: 'identifying', source: subject.claimant.page },
  ];
}

/** The collection and its pages, as files to write by their path in the site (`annotations.jsonld` …). */
export function annotationFiles(sources: readonly AnnotationSource[], site: URL): Map<string, string> {
  const collection = new URL('annotations.jsonld', site).href;
  const pagePath = (number: number) => `annotations/page-${number}.jsonld`;
  const pageUrl = (number: number) => new URL(pagePath(number), site).href;
  const count = Math.max(1, Math.ceil(sources.length / ANNOTATIONS_PER_PAGE));
  const files = new Map<string, string>();
  files.set(
    'annotations.jsonld',
    `${JSON.stringify({ '@context': CONTEXT, id: collection, type: 'AnnotationCollection', label: 'The quotations and claims of the annotated articles', total: sources.length, first: pageUrl(1), last: pageUrl(count) })}\n`,
  );
  for (let number = 1; number <= count; number++) {
    const items = sources.slice((number - 1) * ANNOTATIONS_PER_PAGE, number * ANNOTATIONS_PER_PAGE).map(({ subject, page, via, selectors }) => ({
      id: `${pageUrl(number)}#${subject.id}`,
      type: 'Annotation',
      motivation: subject.kind === 'quotation' ? 'identifying' : 'classifying',
      body: bodyOf(subject),
      target: { source: page, selector: selectors },
      via,
    }));
    const page = {
      '@context': CONTEXT,
      id: pageUrl(number),
      type: 'AnnotationPage',
      partOf: { id: collection, total: sources.length },
      startIndex: (number - 1) * ANNOTATIONS_PER_PAGE,
      ...(number > 1 ? { prev: pageUrl(number - 1) } : {}),
      ...(number < count ? { next: pageUrl(number + 1) } : {}),
    };
    // One annotation a line: the page reads as JSON, and a diff of two builds as the annotations that changed.
    files.set(pagePath(number), jsonLines(items, 'items', page));
  }
  return files;
}

/** What the annotations are made from: the published quotation and claim indexes (their `url`s with the base path). */
export interface AnnotatedIndexes {
  quotations: readonly { id: string; kind: string; speaker: { id: string | null; name: string }; url: string }[];
  claims: readonly { id: string; claim: string; status: string; claimant: { id: string; name: string }; url: string }[];
}

/** The indexes of the site built in `outDir`, as its `quotes.json.gz` and `claims.json.gz` hold them. */
export function readAnnotatedIndexes(outDir: string): AnnotatedIndexes {
  return {
    quotations: readGzipJson<{ quotations: AnnotatedIndexes['quotations'] }>(join(outDir, 'quotes.json.gz')).quotations,
    claims: readGzipJson<{ claims: AnnotatedIndexes['claims'] }>(join(outDir, 'claims.json.gz')).claims,
  };
}

/** Where an annotation could not be anchored: its page, and why. */
export interface Unanchored {
  id: string;
  page: string;
  reason: string;
}

/** The pages, as site paths without the base, that the quotations and claims of `indexes` are on. */
export function annotatedPages(indexes: AnnotatedIndexes, base: string): string[] {
  return [...new Set([...indexes.quotations, ...indexes.claims].map((item) => pageOf(item.url).slice(base.length)))];
}

const pageOf = (url: string) => url.replace(/#.*$/, '');

/**
 * The annotations of every quotation and claim, in the indexes' order (quotations, then claims), each anchored on
 * its page as `anchorsOf` gives it (one page at a time, each asked once), and those that cannot be.
 */
export function annotationSources(
  indexes: AnnotatedIndexes,
  anchorsOf: (path: string) => PageAnchors,
  options: { base: string; site: URL; speakerPath: (id: string) => string },
): { sources: AnnotationSource[]; unanchored: Unanchored[] } {
  const { base, site, speakerPath } = options;
  const targets = [
    ...indexes.quotations.map((q) => ({ page: pageOf(q.url), find: (page: PageAnchors) => page.quotations.get(q.id), subject: { kind: 'quotation', id: q.id, speaker: { name: q.speaker.name, page: q.speaker.id ? new URL(speakerPath(q.speaker.id), site).href : null }, quotationKind: q.kind } as AnnotationSubject })),
    ...indexes.claims.map((c) => ({ page: pageOf(c.url), find: (page: PageAnchors) => page.claims.get(c.id), subject: { kind: 'claim', id: `claim-${c.id}`, claim: c.claim, claimant: { name: c.claimant.name, page: new URL(speakerPath(c.claimant.id), site).href }, status: c.status } as AnnotationSubject })),
  ];
  const sources: AnnotationSource[] = [];
  const unanchored: Unanchored[] = [];
  for (const [path, onPage] of Map.groupBy(targets, (target) => target.page)) {
    const page = anchorsOf(path.slice(base.length));
    const url = new URL(path, site).href;
    for (const target of onPage) {
      const selectors = target.find(page);
      if (!selectors) unanchored.push({ id: target.subject.id, page: url, reason: selectors === null ? 'its words do not occur once in the page, even with 512 characters around them' : 'its words are not marked in the page' });
      else sources.push({ subject: target.subject, page: url, via: page.meta.get('citation_public_url') ?? url, selectors });
    }
  }
  // Back in the indexes' order, which grouping by page may have changed.
  const order = new Map(targets.map((target, index) => [target.subject.id, index]));
  sources.sort((a, b) => order.get(a.subject.id)! - order.get(b.subject.id)!);
  return { sources, unanchored };
}
