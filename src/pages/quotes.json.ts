import type { APIRoute } from 'astro';
import { toJson } from '../outputs/quote-export.ts';
import { getQuotations } from '../views/quotation-index.ts';

export const GET: APIRoute = async () => new Response(toJson(await getQuotations()), { headers: { 'Content-Type': 'application/json' } });
