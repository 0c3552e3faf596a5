import type { APIRoute } from 'astro';
import { toCslJson } from '../outputs/cite.ts';
import { citable, getQuotationViews, quotationPermalink } from '../views/quotation-index.ts';
import { jsonLines } from '../outputs/compact-json.ts';

/** Every quotation as a CSL-JSON item, for Zotero and other reference managers. */
export const GET: APIRoute = async ({ site }) => {
  const items = (await getQuotationViews()).map((view) =>
    toCslJson(citable(view, quotationPermalink(view, import.meta.env.BASE_URL, site))),
  );
  return new Response(jsonLines(items), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
