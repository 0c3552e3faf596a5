import type { APIRoute, GetStaticPaths } from 'astro';
import { toBibtex } from '../../outputs/cite.ts';
import { paths, withBase } from '../../model/urls.ts';
import { citable, getQuotationViews, type QuotationView } from '../../views/quotation-index.ts';

export const getStaticPaths = (async () =>
  (await getQuotationViews()).map((view) => ({ params: { id: view.quotation.id }, props: { view } }))) satisfies GetStaticPaths;

/** One quotation as a BibTeX entry. */
export const GET: APIRoute = ({ props, site }) => {
  const { view } = props as { view: QuotationView };
  const permalink = new URL(withBase(import.meta.env.BASE_URL, paths.quotation(view.quotation.id)), site).href;
  return new Response(`${toBibtex(citable(view, permalink))}\n`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
