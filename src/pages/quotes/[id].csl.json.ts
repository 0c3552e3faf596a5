import type { APIRoute, GetStaticPaths } from 'astro';
import { toCslJson } from '../../outputs/cite.ts';
import { citable, quotationPermalink, quotationStaticPaths, type QuotationView } from '../../views/quotation-index.ts';

export const getStaticPaths = quotationStaticPaths satisfies GetStaticPaths;

/** One quotation as a CSL-JSON file (a list of one item, as reference managers import it). */
export const GET: APIRoute = ({ props, site }) => {
  const { view } = props as { view: QuotationView };
  const permalink = quotationPermalink(view.quotation.id, import.meta.env.BASE_URL, site);
  return new Response(`${JSON.stringify([toCslJson(citable(view, permalink))], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
};
