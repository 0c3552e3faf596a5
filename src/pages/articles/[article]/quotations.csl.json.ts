import type { APIRoute, GetStaticPaths } from 'astro';
import { toCslJson } from '../../../outputs/cite.ts';
import { articleQuotationPaths, citable, type QuotationView } from '../../../views/quotation-index.ts';
import { jsonLines } from '../../../outputs/compact-json.ts';

export const getStaticPaths = articleQuotationPaths satisfies GetStaticPaths;

/** An article's quotations as CSL-JSON items, for Zotero and other reference managers. */
export const GET: APIRoute = ({ props }) => {
  const { views } = props as { views: QuotationView[] };
  const items = views.map((view) => toCslJson(citable(view)));
  return new Response(jsonLines(items), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
