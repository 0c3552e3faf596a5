import type { APIRoute } from 'astro';
import { toCsv } from '../outputs/quote-export.ts';
import { getQuotations } from '../views/quotation-index.ts';

export const GET: APIRoute = async () => new Response(toCsv(await getQuotations()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
