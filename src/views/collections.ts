/** Reads the content collections in the shapes pages render; the only module pages ask for content. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortKey, parseIsoDate } from '../model/iso-date.ts';
import { cacheKeyOf, countByDigest } from './cache-key.ts';
import { groupBy } from './group.ts';
import { sortedByKey } from '../model/sort-by-key.ts';
import { ARTICLES_PER_PAGE, pagesOf, pagesOfGroups, SPEAKERS_PER_PAGE, type GroupPart, type PageOf } from './pagination.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type SectionEntry = CollectionEntry<'sections'>;
export type SpeakerEntry = CollectionEntry<'speakers'>;

/**
 * A view of the collections made once per build: the content does not change while it runs, and the pages of
 * every route ask for the same views (at a thousand articles, making them again for each took seconds). The dev
 * server, whose content does change, makes them afresh each time.
 */
export function oncePerBuild<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (made ??= make()) : make());
}

export const getArticles = oncePerBuild(async (): Promise<ArticleEntry[]> => {
  const articles = await getCollection('articles');
  // Newest first; undated articles last, then by title.
  const published = (a: ArticleEntry) => {
    const parsed = a.data.published ? parseIsoDate(a.data.published) : undefined;
    return parsed && typeof parsed !== 'string' ? sortKey(parsed.start) : '';
  };
  return sortedByKey(articles, (a) => [published(a), a.data.title] as const, (a, b) => b[0].localeCompare(a[0]) || a[1].localeCompare(b[1]));
});

/** All sections, grouped by article id, each group in source order. */
export const getSectionsByArticle = oncePerBuild(async (): Promise<Map<string, SectionEntry[]>> => {
  const byArticle = new Map<string, SectionEntry[]>();
  for (const section of await getCollection('sections')) {
    const list = byArticle.get(section.data.article.id) ?? [];
    list.push(section);
    byArticle.set(section.data.article.id, list);
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.data.order - b.data.order);
  return byArticle;
});

/** By id; Astro's file loader gives a speaker no digest, so one of its data counts it in cache keys (which hold one per quotation shown). */
export const getSpeakersById = oncePerBuild(
  async (): Promise<Map<string, SpeakerEntry>> => new Map((await getCollection('speakers')).map((speaker) => [speaker.id, countByDigest(speaker, { ...speaker, digest: cacheKeyOf(speaker.data) })])),
);

/** The pages of the home page's articles. */
export async function articlePages(): Promise<PageOf<ArticleEntry>[]> {
  return pagesOf(await getArticles(), ARTICLES_PER_PAGE);
}

/** The pages of /speakers/: the speakers by affiliation, each group and the speakers in it by name. */
export async function speakerIndexPages(): Promise<PageOf<GroupPart<SpeakerEntry>>[]> {
  const speakers = (await getCollection('speakers')).sort((a, b) => a.data.name.localeCompare(b.data.name));
  return pagesOfGroups(groupBy(speakers, (speaker) => speaker.data.affiliation), SPEAKERS_PER_PAGE);
}

/** The last path segment of a section id (`<article>/<section>`). */
export function sectionSlug(section: SectionEntry): string {
  return section.id.slice(section.id.indexOf('/') + 1);
}

export interface Counts {
  sections: number;
  speakers: number;
  claims: number;
  dates: number;
}

export function countAnnotations(sections: readonly SectionEntry[]): Counts {
  return {
    sections: sections.length,
    speakers: new Set(sections.flatMap((s) => s.data.speakers.map((ref) => ref.id))).size,
    claims: sections.reduce((n, s) => n + s.data.claims.length, 0),
    dates: sections.reduce((n, s) => n + s.data.dates.length, 0),
  };
}
