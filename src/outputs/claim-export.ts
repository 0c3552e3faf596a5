/** The claims as outside tools read them: `/claims.json.gz`, and schema.org `Claim` items for JSON-LD. */
import type { SpeakerKind } from '../model/schema.ts';
import { SharedNodes } from './json-ld.ts';

export interface ClaimSource {
  id: string;
  claim: string;
  status: string;
  date?: string;
  /** The claimant, with their page's path (with the base path). */
  claimant: { id: string; name: string; kind: SpeakerKind; url: string };
  article: { id: string; title: string; source: string; publisher: string };
  section: string;
  /** The sentence that carries the claim, with the base path. */
  url: string;
}

/** The public shape of one claim in `/claims.json.gz`. */
export function toPublicClaim(c: ClaimSource) {
  return {
    id: c.id,
    claim: c.claim,
    status: c.status,
    date: c.date ?? null,
    claimant: { id: c.claimant.id, name: c.claimant.name },
    article: c.article.id,
    section: c.section,
    url: c.url,
  };
}

/**
 * Schema.org `Claim` items: each a `Claim` whose author is its claimant, whose appearance is its section and whose
 * first appearance is its source article, the claimants and articles made once in `shared` and referred to by `@id`.
 * They go on the page that shows each claim in its sentence, its section's, with the section's quotations.
 */
export function claimItemsJsonLd(claims: readonly ClaimSource[], site: URL | undefined, shared: SharedNodes): object[] {
  return claims.map((c) => ({
    '@type': 'Claim',
    '@id': new URL(c.url, site).href,
    text: c.claim,
    author: shared.ref(new URL(c.claimant.url, site).href, () => ({ '@type': c.claimant.kind === 'person' ? 'Person' : 'Organization', name: c.claimant.name })),
    ...(c.date ? { dateCreated: c.date } : {}),
    appearance: { '@type': 'WebPage', url: new URL(c.url.replace(/#.*$/, ''), site).href },
    firstAppearance: shared.ref(c.article.source, () => ({
      '@type': 'NewsArticle',
      headline: c.article.title,
      url: c.article.source,
      publisher: { '@type': 'Organization', name: c.article.publisher },
    })),
  }));
}
