/**
 * Turns a page's module scripts into placeholders that the page's inline loader turns back into scripts once
 * the reader interacts: no JavaScript is downloaded before then. A script Astro left after `</html>` (a page's own
 * script, outside its layout) moves to the end of the body, where HTML allows it.
 */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const AFTER_DOCUMENT = /<\/body>\s*<\/html>\s*((?:<script[^>]*><\/script>\s*)+)$/;

export function deferModuleScripts(html: string): string {
  const deferred = html.replace(MODULE_SCRIPT, '<script type="text/plain" data-enhancement="$1"></script>');
  return deferred.replace(AFTER_DOCUMENT, (_, scripts: string) => `${scripts.trim()}</body></html>`);
}

/** What the deferral does, as text: part of every page's cache key, since Astro's cache keeps pages as it left them. */
export const DEFERRAL_CODE = [MODULE_SCRIPT.source, AFTER_DOCUMENT.source, deferModuleScripts.toString()].join('\n');
