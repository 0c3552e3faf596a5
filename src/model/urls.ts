/** Site paths that respect the base path, so one build works at a domain root or under a sub-path. */

/** Normalizes a base path to start and end with one slash: "verbatim" → "/verbatim/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Where the site is published, read from SITE_URL and BASE_PATH, both validated before anything is built. */
export interface PublishingTarget {
  /** The origin, such as "https://example.org". */
  site: string;
  /** The sub-path, "/" or "/verbatim/". */
  base: string;
  /** What gave the origin ("SITE_URL", "Netlify's URL"); absent when nothing did and it is localhost. */
  from?: string;
}

/**
 * The site's address as a host's own build gives it, read when SITE_URL is not set: each variable only on the
 * host that sets it (Netlify's `URL` is too common a name to trust elsewhere). Vercel gives a host name alone.
 * GitHub Pages has none: its workflow passes SITE_URL (.github/workflows/deploy.yml).
 */
const HOST_ADDRESSES: { host: string; on: string; variable: string }[] = [
  { host: 'Netlify', on: 'NETLIFY', variable: 'URL' },
  { host: 'Cloudflare Pages', on: 'CF_PAGES', variable: 'CF_PAGES_URL' },
  { host: 'Vercel', on: 'VERCEL', variable: 'VERCEL_PROJECT_PRODUCTION_URL' },
];

type Environment = Readonly<Record<string, string | undefined>>;

/** The site's address and what gave it: SITE_URL, else the host's own, else none. */
function siteAddress(env: Environment): { address: string; from: string } | undefined {
  if (env.SITE_URL) return { address: env.SITE_URL, from: 'SITE_URL' };
  for (const { host, on, variable } of HOST_ADDRESSES) {
    const value = env[on] && env[variable];
    if (value) return { address: /^https?:\/\//.test(value) ? value : `https://${value}`, from: `${host}'s ${variable}` };
  }
  return undefined;
}

/** Said when nothing gave the site's address: what points at localhost, and the fix. */
export function localhostWarning(target: PublishingTarget): string | undefined {
  if (target.from) return undefined;
  return `SITE_URL is not set and no host gave the site's address, so canonical URLs, og:url, the sitemap, the JSON-LD and the feeds point at ${DEFAULT_SITE}: set SITE_URL=https://your.site (Netlify, Cloudflare Pages and Vercel are read on their own); --strict makes this an error`;
}

/** A segment of BASE_PATH: plain characters a URL path and a folder name both take as they are. */
const BASE_SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._~-]+$/;
const DEFAULT_SITE = 'http://localhost:4321';

/** SITE_URL and BASE_PATH as the site uses them, or an error message naming the variable and the fix. */
export function publishingTarget(env: Environment): PublishingTarget | { error: string } {
  const segments = (env.BASE_PATH ?? '').split('/').filter(Boolean);
  const badSegment = segments.find((segment) => !BASE_SEGMENT.test(segment));
  if (badSegment !== undefined) {
    return { error: `BASE_PATH must be a path of plain segments (letters, digits, "-", "_", "." and "~"), such as /verbatim/ or /docs/v2/; "${badSegment.slice(0, 40)}" is not one` };
  }
  const given = siteAddress(env);
  const site = given?.address ?? DEFAULT_SITE;
  let url: URL | undefined;
  try {
    url = new URL(site);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    return { error: `${given?.from ?? 'SITE_URL'} must be the site's http(s) origin, such as https://example.org (a sub-path goes in BASE_PATH); got "${site.slice(0, 80)}"` };
  }
  return { site: url.origin, base: normalizeBase(segments.join('/')), ...(given && { from: given.from }) };
}

/** Joins a site path ("speakers/x/") to the base ("/verbatim/"), keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** Whether a page's URL is a quotation's former page (a redirect, which a sitemap leaves out). */
export const isFormerQuotationPage = (url: string) => /\/quotes\/q-[^/]+\/$/.test(new URL(url, 'http://localhost').pathname);

/** The id of a quotation's citation on its section's page (its place in the text is the quotation's own id). */
export const citationAnchor = (quotationId: string) => `cite-${quotationId}`;

export const paths = {
  home: () => '',
  article: (article: string) => `articles/${article}/`,
  /** A section id is `<article>/<section>`. */
  section: (sectionId: string) => `articles/${sectionId}/`,
  speakers: () => 'speakers/',
  speaker: (id: string) => `speakers/${id}/`,
  quotations: () => 'quotes/',
  quotationsBySection: () => 'quotes/by-section/',
  quotationsByDate: () => 'quotes/by-date/',
  /** A quotation's permalink: its citation on its section's page (`#q-…` is its place in the text). */
  quotation: (sectionId: string, id: string) => `articles/${sectionId}/#${citationAnchor(id)}`,
  /** An article's quotations for reference managers. */
  articleCslJson: (article: string) => `articles/${article}/quotations.csl.json`,
  articleBibtex: (article: string) => `articles/${article}/quotations.bib`,
  search: () => 'search/',
  /** How the annotations are made: the method page. */
  about: () => 'about/',
  /** The Atom feed of the articles, and of a speaker's quotations. */
  feed: () => 'feed.xml',
  speakerFeed: (id: string) => `speakers/${id}/quotations.xml`,
  claims: () => 'claims/',
  timeline: () => 'timeline/',
};
