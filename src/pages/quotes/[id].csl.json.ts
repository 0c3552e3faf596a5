import type { APIRoute, GetStaticPaths } from 'astro';
import { toCslJson } from '../../outputs/cite.ts';
import { paths, withBase } from '../../model/urls.ts';
import { citable, getQuotationViews, type QuotationView } from '../../views/quotation-index.ts';

export const getStaticPaths = (async () =>
  (await getQuotationViews()).map((view) => ({ params: { id: view.quotation.id }, props: { view } }))) satisfies GetStaticPaths;

/** One quotation as a CSL-JSON file (a list of one item, as reference managers import it). */
export const GET: APIRoute = ({ props, site }) => {
  const { view } = props as { view: QuotationView };
  const permalink = new URL(withBase(import.meta.env.BASE_URL, paths.quotation(view.quotation.id)), site).href;
  return new Response(`${JSON.stringify([toCslJson(citable(view, permalink))], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
};
