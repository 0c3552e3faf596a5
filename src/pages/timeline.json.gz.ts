import type { APIRoute } from 'astro';
import { getTimeline } from '../views/timeline.ts';
import { jsonLines } from '../outputs/compact-json.ts';
import { gzipDownload } from '../outputs/gzip-download.ts';

/** Every dated event and statement in order, with its precision, parties and links into the text. */
export const GET: APIRoute = async () => gzipDownload(jsonLines(await getTimeline(), 'timeline'));
