/**
 * Turns a page's module scripts into placeholders that the page's inline loader turns back into scripts once
 * the reader interacts: no JavaScript is downloaded before then.
 */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

export function deferModuleScripts(html: string): string {
  return html.replace(MODULE_SCRIPT, '<script type="text/plain" data-enhancement="$1"></script>');
}
