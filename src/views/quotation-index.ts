/** Reads the quotation index in the shapes pages render: each quotation with its speaker, section and article. */
import { getCollection } from 'astro:content';
import { getArticles, getSectionsByArticle, getSpeakersById, oncePerBuild, type ArticleEntry, type SectionEntry, type SpeakerEntry } from './collections.ts';
import { inReadingOrder } from '../outputs/quote-export.ts';
import {
  apaInText,
  apaReference,
  chicagoBibliography,
  chicagoNote,
  chicagoShortNote,
  mlaInText,
  mlaWorksCited,
  titleProperNouns,
  type CitableArticle,
  type CitableQuotation,
  type Citation,
} from '../outputs/cite.ts';
import type { Quotation } from '../model/schema.ts';
import { paths, withBase } from '../model/urls.ts';
import { parseIsoDate, sortKey } from '../model/iso-date.ts';
import { groupBy } from './group.ts';
import { sortedByKey } from '../model/sort-by-key.ts';
import { claimItemsJsonLd, type ClaimSource } from '../outputs/claim-export.ts';
import { SharedNodes } from '../outputs/json-ld.ts';
import { cacheKeyOf, countByDigest } from './cache-key.ts';
import { getAnalysisDigests, registryKey } from './page-cache.ts';
import { laterPagePaths, pagesOfGroups, QUOTED_SECTIONS_PER_PAGE, QUOTES_PER_PAGE, type GroupPart, type PageOf } from './pagination.ts';

export interface QuotationView {
  quotation: Quotation;
  /** Absent when the speaker is not (yet) in the registry. */
  speaker?: SpeakerEntry;
  section: SectionEntry;
  article: ArticleEntry;
}

/** Every quotation, in reading order. */
export const getQuotations = oncePerBuild(async (): Promise<Quotation[]> => {
  const sectionsByArticle = await getSectionsByArticle();
  const order = new Map([...sectionsByArticle.values()].flat().map((section) => [section.id, section.data.order]));
  const quotations = (await getCollection('quotations')).map((entry) => countByDigest(entry.data, entry));
  return inReadingOrder(quotations, (section) => order.get(section) ?? 0);
});

/** A quotation's permalink, its citation on its section's page, as an absolute URL on the site at its base path. */
export function quotationPermalink(view: QuotationView, base: string, site: URL | undefined): string {
  return new URL(withBase(base, paths.quotation(view.section.id, view.quotation.id)), site).href;
}

/** Every quotation with what pages show beside it, in reading order. */
export const getQuotationViews = oncePerBuild(async (): Promise<QuotationView[]> => {
  const [quotations, speakers, articles, sectionsByArticle] = await Promise.all([
    getQuotations(),
    getSpeakersById(),
    getArticles(),
    getSectionsByArticle(),
  ]);
  const sections = new Map([...sectionsByArticle.values()].flat().map((section) => [section.id, section]));
  const articlesById = new Map(articles.map((article) => [article.id, article]));
  return quotations.map((quotation) => ({
    quotation,
    speaker: quotation.speaker.id ? speakers.get(quotation.speaker.id) : undefined,
    section: sections.get(quotation.section)!,
    article: articlesById.get(quotation.article)!,
  }));
});

/** The speaker's name as the index shows it: the registry name, or the mention as written. */
export function speakerName(view: QuotationView): string {
  return view.speaker?.data.name ?? view.quotation.speaker.name;
}

/** An article as the citation styles need it. */
export function citableArticle(article: ArticleEntry): CitableArticle {
  const { title, publisher, published, authors, source, accessed } = article.data;
  return { title, publisher, published, authors, source, accessed };
}

/** A quotation with what a citation needs. */
export function citable(view: QuotationView): CitableQuotation {
  const { quotation, speaker, article } = view;
  return {
    id: quotation.id,
    text: quotation.text,
    speaker: { name: speakerName(view), role: speaker?.data.role, kind: speaker?.data.kind },
    said: quotation.said,
    article: citableArticle(article),
  };
}

/** Each article's proper nouns, by its title and its sections' ids and digests. */
const properNouns = new Map<string, string[]>();

/**
 * The words of an article's title that its sections capitalize in mid-sentence, which stay capitalized when a
 * style recases the title: one list per article, so that its entries read the same on each of its pages.
 */
export function articleProperNouns(article: ArticleEntry, sections: readonly SectionEntry[]): string[] {
  // The article's page and each of its sections' pages ask for the same list.
  const key = [article.data.title, ...sections.map((section) => `${section.id}@${section.digest ?? section.body}`)].join('\n');
  let nouns = properNouns.get(key);
  if (!nouns) properNouns.set(key, (nouns = titleProperNouns(article.data.title, sections.map((section) => section.body ?? ''))));
  return nouns;
}

/** A citation with what it is, as a reader picks it: its style and its form. */
export interface LabelledCitation {
  style: string;
  form: string;
  citation: Citation;
}

/** The article's entries for a reference list, works cited or bibliography, in each of the three styles. */
export function articleCitations(article: ArticleEntry, properNouns: readonly string[]): LabelledCitation[] {
  const options = { properNouns };
  const item = citableArticle(article);
  return [
    { style: 'APA 7', form: 'Reference entry', citation: apaReference(item, options) },
    { style: 'MLA 9', form: 'Works-cited entry', citation: mlaWorksCited(item, options) },
    { style: 'Chicago 17', form: 'Bibliography entry', citation: chicagoBibliography(item, options) },
  ];
}

/** What points to a quotation from a student's text: in-text citations and notes, in each of the three styles. */
export function quotationCitations(view: QuotationView, properNouns: readonly string[]): LabelledCitation[] {
  const options = { properNouns };
  const item = citable(view);
  return [
    { style: 'APA 7', form: 'In-text citation', citation: apaInText(item) },
    { style: 'MLA 9', form: 'In-text citation', citation: mlaInText(item, options) },
    { style: 'Chicago 17', form: 'Note', citation: chicagoNote(item, options) },
    { style: 'Chicago 17', form: 'Short note', citation: chicagoShortNote(item, options) },
  ];
}

/**
 * Schema.org JSON-LD of a section's page: its quotations, each a `Quotation` at its permalink, all part of the one
 * `NewsArticle` they were published in, and its claims; the article and each speaker are written once and referred
 * to by `@id`.
 */
export function sectionJsonLd(article: ArticleEntry, views: readonly QuotationView[], claims: readonly ClaimSource[], base: string, site: URL | undefined): object {
  const { title, source, published, publisher, authors } = article.data;
  const shared = new SharedNodes();
  const quotations = views.map((view) => {
    const { quotation, speaker } = view;
    const person = speaker?.data.kind === 'person';
    return {
      '@type': 'Quotation',
      text: quotation.text,
      url: quotationPermalink(view, base, site),
      ...(quotation.said ? { dateCreated: quotation.said } : {}),
      creator: speaker
        ? shared.ref(new URL(withBase(base, paths.speaker(speaker.id)), site).href, () => ({
            '@type': person ? 'Person' : 'Organization',
            name: speaker.data.name,
            ...(person ? { jobTitle: speaker.data.role } : {}),
          }))
        : { '@type': 'Thing', name: speakerName(view) },
    };
  });
  // The article first, naming itself once, its quotations as its parts; its claims refer to it as where they first appeared.
  const newsArticle = shared.item({
    '@id': source,
    '@type': 'NewsArticle',
    headline: title,
    url: source,
    ...(published ? { datePublished: published } : {}),
    publisher: { '@type': 'Organization', name: publisher },
    ...(authors?.length ? { author: authors.map((author) => ({ '@type': 'Person', name: author })) } : {}),
    ...(quotations.length ? { hasPart: quotations } : {}),
  });
  return shared.graph([newsArticle, ...claimItemsJsonLd(claims, site, shared)]);
}

/**
 * What search shows of a section's quotations, found as sub-results of its page: by each quotation's id (its place
 * in the text; its citation's heading is `citationAnchor(id)`), the speaker and the kind. One meta value, read with
 * the page's result, and kept to pairs: it is in every section page and in its search fragment.
 */
export type QuotationSearchMeta = Record<string, [speaker: string, kind: string]>;

export function quotationSearchMeta(views: readonly QuotationView[]): string {
  const meta: QuotationSearchMeta = Object.fromEntries(views.map((view) => [view.quotation.id, [speakerName(view), view.quotation.kind]]));
  return JSON.stringify(meta);
}

/** The three ways the quotation index lists quotations: by section, it lists the sections, each linked to its own. */
export type QuotationIndexView = 'speaker' | 'section' | 'date';
/** The two views that list the quotations themselves. */
export type QuotationListView = Exclude<QuotationIndexView, 'section'>;

/** The site path of each view's first page. */
export const QUOTATION_VIEW_PATHS: Record<QuotationIndexView, string> = {
  speaker: paths.quotations(),
  section: paths.quotationsBySection(),
  date: paths.quotationsByDate(),
};

const saidKey = (said: string | null) => {
  const parsed = said ? parseIsoDate(said) : undefined;
  return parsed && typeof parsed !== 'string' ? sortKey(parsed.start) : '';
};

/**
 * Quotations grouped as a view lists them: by speaker (who is quoted most first), or by the date they were said
 * (the earliest first; only those the text dates, which the other views list too).
 */
export function quotationGroups(view: QuotationListView, quotations: readonly QuotationView[]): [string, QuotationView[]][] {
  if (view === 'date') {
    const dated = sortedByKey(quotations.filter((v) => saidKey(v.quotation.said)), (v) => saidKey(v.quotation.said), (a, b) => a.localeCompare(b));
    return groupBy(dated, (v) => v.quotation.said!);
  }
  return groupBy(quotations, (v) => v.quotation.speaker.id ?? `name:${speakerName(v)}`).sort(
    ([, a], [, b]) => b.length - a.length || speakerName(a[0]!).localeCompare(speakerName(b[0]!)),
  );
}

/** The pages of a view of the quotation index. */
export function quotationPages(view: QuotationListView, quotations: readonly QuotationView[]): PageOf<GroupPart<QuotationView>>[] {
  return pagesOfGroups(quotationGroups(view, quotations), QUOTES_PER_PAGE);
}

/** Every page of a view of the quotation index, how many quotations there are in all, and how many the view lists. */
export async function quotationIndexPages(view: QuotationListView): Promise<{ pages: PageOf<GroupPart<QuotationView>>[]; total: number; listed: number }> {
  const quotations = await getQuotationViews();
  const pages = quotationPages(view, quotations);
  return { pages, total: quotations.length, listed: pages.reduce((n, page) => n + page.items.reduce((m, part) => m + part.items.length, 0), 0) };
}

/** `getStaticPaths` of a view's pages 2 and on (page 1 is the view's own address). */
export async function laterQuotationIndexPaths(view: QuotationListView) {
  const { pages, total, listed } = await quotationIndexPages(view);
  return laterPagePaths(pages, { total, listed });
}

/** A section as the by-section view lists it: its quotations are on its own page, cited there. */
export interface QuotedSection {
  section: SectionEntry;
  article: ArticleEntry;
  quotations: QuotationView[];
}

/**
 * The pages of the by-section view: the sections that quote anyone, in reading order under their articles. Each
 * quotation is listed once by speaker and cited once on its section's page, so this view lists sections, not quotations.
 */
export function quotedSectionPages(quotations: readonly QuotationView[]): PageOf<GroupPart<QuotedSection>>[] {
  const sections = groupBy(quotations, (view) => view.section.id).map(([, views]): QuotedSection => ({ section: views[0]!.section, article: views[0]!.article, quotations: views }));
  return pagesOfGroups(groupBy(sections, (quoted) => quoted.article.id), QUOTED_SECTIONS_PER_PAGE);
}

/** Every page of the by-section view, and how many quotations there are in all. */
export async function quotedSectionIndexPages(): Promise<{ pages: PageOf<GroupPart<QuotedSection>>[]; total: number }> {
  const quotations = await getQuotationViews();
  return { pages: quotedSectionPages(quotations), total: quotations.length };
}

/** `getStaticPaths` of the by-section view's pages 2 and on. */
export async function laterQuotedSectionPaths() {
  const { pages, total } = await quotedSectionIndexPages();
  return laterPagePaths(pages, { total });
}

/** `getStaticPaths` of the former quotation pages, each with the quotation its redirect leads to. */
export async function formerQuotationPaths() {
  return (await getQuotationViews()).filter((view) => view.quotation.formerPage).map((view) => ({ params: { id: view.quotation.id }, props: { view } }));
}

/** `getStaticPaths` of an article's downloads: each article with its quotations, in reading order. */
export async function articleQuotationPaths() {
  const [articles, quotations, sectionsByArticle, analyses, speakers] = await Promise.all([getArticles(), getQuotationViews(), getSectionsByArticle(), getAnalysisDigests(), getSpeakersById()]);
  const byArticle = new Map(groupBy(quotations, (view) => view.article.id));
  const registry = registryKey(speakers);
  return articles.map((article) => ({
    params: { article: article.id },
    // The quotations come from the analyses of the article's sections; their citations name the registry's speakers.
    cacheKey: cacheKeyOf([article.digest, registry, (sectionsByArticle.get(article.id) ?? []).map((section) => analyses.get(section.id))]),
    props: { views: byArticle.get(article.id) ?? [] },
  }));
}
