/** Reads the claims of every section in the shapes pages render: each with its claimant, section and article. */
import { getArticles, getSectionsByArticle, getSpeakersById, type ArticleEntry, type SectionEntry, type SpeakerEntry } from './collections.ts';
import type { ClaimSource } from '../outputs/claim-export.ts';
import { paths, withBase } from '../model/urls.ts';
import { groupBy } from './group.ts';
import { CLAIMS_PER_PAGE, pagesOfGroups, type GroupPart, type PageOf } from './pagination.ts';

export type Claim = SectionEntry['data']['claims'][number];

export interface ClaimView {
  claim: Claim;
  /** The claim's number in its section, as the marker in the text shows it. */
  number: number;
  claimant: SpeakerEntry;
  section: SectionEntry;
  article: ArticleEntry;
}

/** Every claim, in reading order: articles as listed, sections in order, claims as annotated. */
export async function getClaimViews(): Promise<ClaimView[]> {
  const [articles, sectionsByArticle, speakers] = await Promise.all([getArticles(), getSectionsByArticle(), getSpeakersById()]);
  return articles.flatMap((article) =>
    (sectionsByArticle.get(article.id) ?? []).flatMap((section) =>
      section.data.claims.map((claim, index) => ({ claim, number: index + 1, claimant: speakers.get(claim.claimant.id)!, section, article })),
    ),
  );
}

/** What exports and structured data say of a claim; `url` is the sentence carrying it, with the base path. */
export function claimSource(view: ClaimView, base: string): ClaimSource {
  return {
    id: view.claim.id,
    claim: view.claim.claim,
    status: view.claim.status,
    date: view.claim.date,
    claimant: { id: view.claimant.id, name: view.claimant.data.name, kind: view.claimant.data.kind, url: withBase(base, paths.speaker(view.claimant.id)) },
    article: { id: view.article.id, title: view.article.data.title, source: view.article.data.source, publisher: view.article.data.publisher },
    section: view.section.id,
    url: withBase(base, `${paths.section(view.section.id)}#text-claim-${view.claim.id}`),
  };
}

/** A page of /claims/, with its claims also in reading order, as its structured data lists them. */
export type ClaimPage = PageOf<GroupPart<ClaimView>> & { inReadingOrder: ClaimView[] };

/** The pages of /claims/: claims grouped by claimant, the claimants who claim most first. */
export function claimIndexPages(claims: readonly ClaimView[]): ClaimPage[] {
  const position = new Map(claims.map((view, index) => [view, index]));
  const groups = groupBy(claims, (view) => view.claimant.id).sort(([, a], [, b]) => b.length - a.length || a[0]!.claimant.data.name.localeCompare(b[0]!.claimant.data.name));
  return pagesOfGroups(groups, CLAIMS_PER_PAGE).map((page) => ({
    ...page,
    inReadingOrder: page.items.flatMap((group) => group.items).sort((a, b) => position.get(a)! - position.get(b)!),
  }));
}
