/** The claims as outside tools read them: `/claims.json`, and schema.org `Claim` items for JSON-LD. */
import type { SpeakerKind } from '../model/schema.ts';

export interface ClaimSource {
  id: string;
  claim: string;
  status: string;
  date?: string;
  claimant: { id: string; name: string; kind: SpeakerKind };
  article: { id: string; title: string; source: string; publisher: string };
  section: string;
  /** The sentence that carries the claim, with the base path. */
  url: string;
}

/** The public shape of one claim in `/claims.json`. */
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

/** A schema.org Claim: author = claimant, appearance = the section, firstAppearance = the source article. */
export function toSchemaClaim(c: ClaimSource, site: URL) {
  return {
    '@type': 'Claim',
    '@id': new URL(c.url, site).href,
    text: c.claim,
    author: { '@type': c.claimant.kind === 'person' ? 'Person' : 'Organization', name: c.claimant.name },
    ...(c.date ? { dateCreated: c.date } : {}),
    appearance: { '@type': 'WebPage', url: new URL(c.url.replace(/#.*$/, ''), site).href },
    firstAppearance: {
      '@type': 'NewsArticle',
      headline: c.article.title,
      url: c.article.source,
      publisher: { '@type': 'Organization', name: c.article.publisher },
    },
  };
}
