/** Site paths that respect the base path, so one build works at a domain root or under a sub-path. */

/** Normalizes a base path to start and end with one slash: "verbatim" → "/verbatim/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins a site path ("speakers/x/") to the base ("/verbatim/"), keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

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
  quotation: (id: string) => `quotes/${id}/`,
  quotationCslJson: (id: string) => `quotes/${id}.csl.json`,
  quotationBibtex: (id: string) => `quotes/${id}.bib`,
  search: () => 'search/',
  claims: () => 'claims/',
  timeline: () => 'timeline/',
};
