import type { APIRoute } from 'astro';
import { toCslJson } from '../outputs/cite.ts';
import { paths, withBase } from '../model/urls.ts';
import { citable, getQuotationViews } from '../views/quotation-index.ts';

/** Every quotation as a CSL-JSON item, for Zotero and other reference managers. */
export const GET: APIRoute = async ({ site }) => {
  const items = (await getQuotationViews()).map((view) =>
    toCslJson(citable(view, new URL(withBase(import.meta.env.BASE_URL, paths.quotation(view.quotation.id)), site).href)),
  );
  return new Response(`${JSON.stringify(items, null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
