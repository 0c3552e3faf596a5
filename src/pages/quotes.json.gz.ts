import type { APIRoute } from 'astro';
import { gzipDownload } from '../outputs/gzip-download.ts';
import { toJson } from '../outputs/quote-export.ts';
import { getQuotations } from '../views/quotation-index.ts';

export const GET: APIRoute = async () => gzipDownload(toJson(await getQuotations()));
