import type { APIRoute, GetStaticPaths } from 'astro';
import { toBibtex } from '../../../outputs/cite.ts';
import { articleQuotationPaths, citable, type QuotationView } from '../../../views/quotation-index.ts';

export const getStaticPaths = articleQuotationPaths satisfies GetStaticPaths;

/** An article's quotations as BibTeX entries, each keyed by the quotation's id. */
export const GET: APIRoute = ({ props }) => {
  const { views } = props as { views: QuotationView[] };
  const entries = views.map((view) => toBibtex(citable(view)));
  return new Response(entries.join('\n'), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
