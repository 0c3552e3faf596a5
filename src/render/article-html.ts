/**
 * What the pages make of a section's kept HTML beyond showing it. A section's HTML as the whole-article page shows it: every id, and every reference to one in the section (a
 * fragment link, a label's `for`, an `aria-describedby`), prefixed with the section's own, so that the sections of
 * one article never share an id on its page (two sections may both mark "2024", each as `date-2024`).
 */
import type { Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const REFERENCE_LISTS = ['htmlFor', 'ariaDescribedBy'] as const;

export function sectionHtmlInArticle(html: string, prefix: string): { html: string; links: string[] } {
  const tree = fromHtml(html, { fragment: true });
  // Read in the same pass: the addresses it links to (fragments, which the prefix changes, aside).
  const links = new Set<string>();
  visit(tree, 'element', ({ tagName, properties }: { tagName: string; properties: Properties }) => {
    if (tagName === 'a' && typeof properties.href === 'string' && !properties.href.startsWith('#')) links.add(properties.href);
    if (typeof properties.id === 'string') properties.id = `${prefix}${properties.id}`;
    for (const name of REFERENCE_LISTS) {
      const ids = properties[name];
      if (Array.isArray(ids)) properties[name] = ids.map((id) => `${prefix}${id}`);
    }
    if (typeof properties.href === 'string' && properties.href.startsWith('#')) properties.href = `#${prefix}${properties.href.slice(1)}`;
  });
  return { html: toHtml(tree), links: [...links] };
}

/** The addresses a section's text links to, each once, in the order they first appear (fragments of the page aside). */
export function linkTargets(html: string): string[] {
  const targets = new Set<string>();
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    if (typeof href === 'string' && !href.startsWith('#')) targets.add(href);
  });
  return [...targets];
}
