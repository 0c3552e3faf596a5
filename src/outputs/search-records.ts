/**
 * The search records that are not pages of their own: every quotation and every claim, each linking to its
 * place in the text, with the filters and sort keys the search page offers.
 *
 * A record is found by its own words (its content), by who said it (`speaker`) and by the other names and the
 * role of its speaker (`aliases`), and by when it was said (`said`): Pagefind searches every metadata field, so
 * these are the only ones a record has besides its title, its own words again. What the page only shows (the
 * article and section it is in, its kind or status) are filters, which Pagefind returns with a result but never
 * matches a query against: a quotation in the section "Agreement or Normalization?" is not found by
 * "normalization" unless its own words hold it. So is the date a sorted search orders by.
 */
import { formatIsoDate, yearOf } from '../model/iso-date.ts';
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

/**
 * How much a match in each searched metadata field weighs, beside a match in a record's or page's own text
 * (Pagefind's `ranking.metaWeights`; a field not named weighs 1). A speaker's name weighs more than their words
 * mentioning it, so that "Barrack" ranks what Barrack said above what others said of him; their aliases and role
 * weigh less; the title (a record's or page's own words, or a speaker's name) Pagefind's default. The quotations
 * of a section page (their speakers and kinds, for display) never rank it: their words are in its text anyway.
 */
export const META_WEIGHTS = { title: 5, speaker: 3, aliases: 1.5, role: 1, said: 1, quotations: 0 } as const;

/** The `aliases` field: the other names a speaker is known by (and for a record, their role), each once. */
export function aliasField(names: readonly string[], name: string): string {
  return [...new Set(names.filter((alias) => alias !== name))].join(' | ');
}

/** Reads `aliasField` back. */
export const aliasesOf = (field: string | undefined) => (field ? field.split(' | ') : []);

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

/** Who said it and when, as searched: the speaker's name, other names and role, and the date as readers write it. */
function spokenBy(name: string, speaker: Speaker | undefined, date: string | undefined): Record<string, string> {
  const aliases = speaker ? aliasField([...speaker.aliases, speaker.role], name) : '';
  return { speaker: name, ...(aliases && { aliases }), ...(date && { said: formatIsoDate(date) }) };
}

/**
 * The filter that holds a dated record's sort key, for display only: a sorted search of the records' shards merges
 * their results by it (src/client/sorted-results.ts), since Pagefind returns no sort key with a result.
 */
export const SORT_DATE_FILTER = 'date';

/** Filters and sort keys shared by quotations and claims. */
function common(article: Article | undefined, sectionTitle: string | undefined, speaker: Speaker | undefined, date: string | undefined) {
  const year = yearOf(date ?? article?.published ?? '');
  return {
    filters: {
      article: article ? [article.title] : [],
      section: sectionTitle ? [sectionTitle] : [],
      affiliation: speaker ? [speaker.affiliation] : [],
      year: year ? [String(year)] : [],
      [SORT_DATE_FILTER]: date ? [date] : [],
    },
    sort: dateSortKeys(date),
  };
}

export function searchRecords({ quotations, sections, speakers, articles }: SearchSources): SearchRecord[] {
  const speakersById = new Map(speakers.map((s) => [s.id, s]));
  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  const quotationRecords = quotations.map((q): SearchRecord => {
    const speaker = q.speaker.id ? speakersById.get(q.speaker.id) : undefined;
    const article = articles.get(q.article);
    const shared = common(article, sectionsById.get(q.section)?.title, speaker, q.said ?? undefined);
    return {
      url: q.url,
      content: q.text,
      language: article?.language ?? 'en',
      meta: { title: `“${truncate(q.text, 90)}”`, ...spokenBy(q.speaker.name, speaker, q.said ?? undefined) },
      filters: { ...shared.filters, type: [RESULT_TYPES.quotation], speaker: [q.speaker.name], kind: [q.kind] },
      sort: shared.sort,
    };
  });
  const claimRecords = sections.flatMap((section) =>
    section.claims.map((claim): SearchRecord => {
      const claimant = speakersById.get(claim.claimant);
      const name = claimant?.name ?? claim.claimant;
      const article = articles.get(section.article);
      const shared = common(article, section.title, claimant, claim.date);
      return {
        url: `/articles/${section.id}/#claim-${claim.id}`,
        content: claim.claim,
        language: article?.language ?? 'en',
        meta: { title: truncate(claim.claim, 90), ...spokenBy(name, claimant, claim.date) },
        filters: { ...shared.filters, type: [RESULT_TYPES.claim], speaker: [name], status: [claim.status] },
        sort: shared.sort,
      };
    }),
  );
  return [...quotationRecords, ...claimRecords];
}
