/** Reading a built site: its pages as files, as parsed HTML, and as text a reader sees. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export interface Page {
  /** The URL path of the page below the base, such as `speakers/` or `404.html`. */
  path: string;
  file: string;
  tree: Root;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(dir, name));
}

export function readPages(outDir: string): Page[] {
  return htmlFiles(outDir).map((file) => {
    const path = relative(outDir, file).replace(/(^|\/)index\.html$/, '$1');
    return { path, file, tree: fromHtml(readFileSync(file, 'utf8')) };
  });
}

export function page(pages: readonly Page[], path: string): Page {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no page at "${path}"; built pages: ${pages.map((p) => p.path).join(', ')}`);
  return found;
}

/** Text as a reader sees it, with white space collapsed. */
export function text(node: Root | Element | undefined): string {
  return node ? toText(node).replace(/\s+/g, ' ').trim() : '';
}

/** The source's own text of a part of a page, without the notes and markers the site adds to it. */
export function sourceText(node: Element | undefined): string {
  if (!node) return '';
  const copy = structuredClone(node);
  for (const chrome of selectAll('.figure__note, .quotation__by, .claim-ref, .sidenote, .note-marker--date', copy)) chrome.children = [];
  return text(copy);
}

export { select, selectAll };
