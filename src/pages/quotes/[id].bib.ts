import type { APIRoute, GetStaticPaths } from 'astro';
import { toBibtex } from '../../outputs/cite.ts';
import { citable, quotationPermalink, quotationStaticPaths, type QuotationView } from '../../views/quotation-index.ts';

export const getStaticPaths = quotationStaticPaths satisfies GetStaticPaths;

/** One quotation as a BibTeX entry. */
export const GET: APIRoute = ({ props, site }) => {
  const { view } = props as { view: QuotationView };
  const permalink = quotationPermalink(view.quotation.id, import.meta.env.BASE_URL, site);
  return new Response(`${toBibtex(citable(view, permalink))}\n`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
