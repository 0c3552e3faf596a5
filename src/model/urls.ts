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
}

/** A segment of BASE_PATH: plain characters a URL path and a folder name both take as they are. */
const BASE_SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._~-]+$/;
const DEFAULT_SITE = 'http://localhost:4321';

/** SITE_URL and BASE_PATH as the site uses them, or an error message naming the variable and the fix. */
export function publishingTarget(env: { SITE_URL?: string; BASE_PATH?: string }): PublishingTarget | { error: string } {
  const segments = (env.BASE_PATH ?? '').split('/').filter(Boolean);
  const badSegment = segments.find((segment) => !BASE_SEGMENT.test(segment));
  if (badSegment !== undefined) {
    return { error: `BASE_PATH must be a path of plain segments (letters, digits, "-", "_", "." and "~"), such as /verbatim/ or /docs/v2/; "${badSegment.slice(0, 40)}" is not one` };
  }
  const site = env.SITE_URL || DEFAULT_SITE;
  let url: URL | undefined;
  try {
    url = new URL(site);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    return { error: `SITE_URL must be the site's http(s) origin, such as https://example.org (a sub-path goes in BASE_PATH); got "${site.slice(0, 80)}"` };
  }
  return { site: url.origin, base: normalizeBase(segments.join('/')) };
}

/** Joins a site path ("speakers/x/") to the base ("/verbatim/"), keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** Whether a page's URL is a quotation's former page (a redirect, which a sitemap leaves out). */
export const isFormerQuotationPage = (url: string) => /\/quotes\/q-[^/]+\/$/.test(new URL(url, 'http://localhost').pathname);

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
  quotation: (sectionId: string, id: string) => `articles/${sectionId}/#cite-${id}`,
  /** An article's quotations for reference managers. */
  articleCslJson: (article: string) => `articles/${article}/quotations.csl.json`,
  articleBibtex: (article: string) => `articles/${article}/quotations.bib`,
  search: () => 'search/',
  claims: () => 'claims/',
  timeline: () => 'timeline/',
};
