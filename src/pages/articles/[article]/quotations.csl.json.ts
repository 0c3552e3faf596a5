import type { APIRoute, GetStaticPaths } from 'astro';
import { toCslJson } from '../../../outputs/cite.ts';
import { articleQuotationPaths, citableViews, type QuotationView } from '../../../views/quotation-index.ts';
import { jsonLines } from '../../../outputs/compact-json.ts';

export const getStaticPaths = articleQuotationPaths satisfies GetStaticPaths;

/** An article's quotations as CSL-JSON items, for Zotero and other reference managers. */
export const GET: APIRoute = ({ props, site }) => {
  const { views } = props as { views: QuotationView[] };
  const items = citableViews(views, import.meta.env.BASE_URL, site).map(toCslJson);
  return new Response(jsonLines(items), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
