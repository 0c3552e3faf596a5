import type { APIRoute } from 'astro';
import { toCslJson } from '../outputs/cite.ts';
import { citable, getQuotationViews, quotationPermalink } from '../views/quotation-index.ts';

/** Every quotation as a CSL-JSON item, for Zotero and other reference managers. */
export const GET: APIRoute = async ({ site }) => {
  const items = (await getQuotationViews()).map((view) =>
    toCslJson(citable(view, quotationPermalink(view, import.meta.env.BASE_URL, site))),
  );
  return new Response(`${JSON.stringify(items, null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
