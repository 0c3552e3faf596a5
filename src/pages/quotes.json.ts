import type { APIRoute } from 'astro';
import { toJson } from '../lib/quote-export.ts';
import { getQuotations } from '../quotations.ts';

export const GET: APIRoute = async () => new Response(toJson(await getQuotations()), { headers: { 'Content-Type': 'application/json' } });
