/**
 * The search records that are not pages of their own: every quotation and every claim, each linking to its
 * place in the text, with the filters and sort keys the search page offers.
 */
import { yearOf } from '../model/iso-date.ts';
import type { PublicQuotation } from './quote-export.ts';
import type { SectionData } from '../model/registry.ts';
import type { Article, Speaker } from '../model/schema.ts';
import { truncate } from '../model/strings.ts';

export interface SearchRecord {
  /** Relative to the site root, without the base path (Pagefind's `baseUrl` adds it in the browser). */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export const RESULT_TYPES = { quotation: 'Quotation', claim: 'Claim', section: 'Section', speaker: 'Speaker' } as const;

export interface SearchSources {
  /** Their URLs without the base path, as the analyses keep them. */
  quotations: readonly PublicQuotation[];
  sections: readonly SectionData[];
  speakers: readonly Speaker[];
  articles: ReadonlyMap<string, Article>;
}


/**
 * Sort keys for "newest first" and "oldest first". Pagefind leaves a record without the key out of sorted
 * results, so an undated record gets a key that puts it last either way rather than a guessed date.
 */
export function dateSortKeys(date: string | undefined): Record<'newest' | 'oldest', string> {
  return { newest: date ?? '0000', oldest: date ?? '9999' };
}

/** Meta, filters and sort keys shared by quotations and claims. */
function common(article: Article | undefined, sectionTitle: string | undefined, date: string | undefined) {
  const year = yearOf(date ?? article?.published ?? '');
  return {
    meta: { article: article?.title ?? '', section: sectionTitle ?? '' },
    filters: { article: article ? [article.title] : [], year: year ? [String(year)] : [] },
    sort: dateSortKeys(date),
  };
}

export function searchRecords({ quotations, sections, speakers, articles }: SearchSources): SearchRecord[] {
  const speakersById = new Map(speakers.map((s) => [s.id, s]));
  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  const quotationRecords = quotations.map((q): SearchRecord => {
    const speaker = q.speaker.id ? speakersById.get(q.speaker.id) : undefined;
    const article = articles.get(q.article);
    const shared = common(article, sectionsById.get(q.section)?.title, q.said ?? undefined);
    return {
      url: q.url,
      content: `“${q.text}” ${q.speaker.name}`,
      language: article?.language ?? 'en',
      meta: {
        ...shared.meta,
        title: `“${truncate(q.text, 90)}”`,
        type: RESULT_TYPES.quotation,
        speaker: q.speaker.name,
        kind: q.kind,
        said: q.said ?? '',
      },
      filters: {
        ...shared.filters,
        type: [RESULT_TYPES.quotation],
        speaker: [q.speaker.name],
        affiliation: speaker ? [speaker.affiliation] : [],
        kind: [q.kind],
      },
      sort: shared.sort,
    };
  });
  const claimRecords = sections.flatMap((section) =>
    section.claims.map((claim): SearchRecord => {
      const claimant = speakersById.get(claim.claimant);
      const article = articles.get(section.article);
      const shared = common(article, section.title, claim.date);
      return {
        url: `/articles/${section.id}/#claim-${claim.id}`,
        content: `${claim.claim} ${claimant?.name ?? claim.claimant}`,
        language: article?.language ?? 'en',
        meta: {
          ...shared.meta,
          title: truncate(claim.claim, 90),
          type: RESULT_TYPES.claim,
          speaker: claimant?.name ?? claim.claimant,
          status: claim.status,
          said: claim.date ?? '',
        },
        filters: {
          ...shared.filters,
          type: [RESULT_TYPES.claim],
          speaker: [claimant?.name ?? claim.claimant],
          affiliation: claimant ? [claimant.affiliation] : [],
        },
        sort: shared.sort,
      };
    }),
  );
  return [...quotationRecords, ...claimRecords];
}
