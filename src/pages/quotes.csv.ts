import type { APIRoute } from 'astro';
import { toCsv } from '../lib/quote-export.ts';
import { getQuotations } from '../quotations.ts';

export const GET: APIRoute = async () => new Response(toCsv(await getQuotations()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
