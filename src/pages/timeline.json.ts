import type { APIRoute } from 'astro';
import { getTimeline } from '../views/timeline.ts';

/** Every dated event and statement in order, with its precision, parties and links into the text. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify({ timeline: await getTimeline() }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
