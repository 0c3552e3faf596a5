/**
 * Every page as it is rendered, its module scripts deferred until the reader interacts (see Base.astro's loader).
 * Done here rather than over the built files, so that a page Astro's incremental build takes from its cache is
 * already deferred and is neither read nor written again.
 */
import { defineMiddleware } from 'astro:middleware';
import { deferModuleScripts } from './outputs/deferred-scripts.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(deferModuleScripts(await response.text()), response);
});
