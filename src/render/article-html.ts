/**
 * What the pages make of a section's rendered tree beyond showing it, done once at its render: the addresses its
 * text links to (which a printed page lists), and its HTML as the whole-article page shows it: every id, and every
 * reference to one in the section (a fragment link, a label's `for`, an `aria-describedby`), prefixed with the
 * section's own, so that the sections of one article never share an id on its page (two sections may both mark
 * "2024", each as `date-2024`), and without the marks that keep a section page's notes out of the search, which does
 * not index the whole-article page.
 */
import type { Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const REFERENCE_LISTS = ['htmlFor', 'ariaDescribedBy'] as const;

/** The prefix of a section's ids on its article's page: its own id in the article (`<article>/<section>`). */
export const articleIdPrefix = (sectionId: string) => `${sectionId.slice(sectionId.indexOf('/') + 1)}--`;

/**
 * The section's tree as the whole-article page shows it, as HTML, and the addresses it links to, each once, in the
 * order they first appear (fragments of the page aside). Changes `tree`: stringify it for its own page first.
 */
export function sectionInArticle(tree: Root, prefix: string): { html: string; links: string[] } {
  const links = new Set<string>();
  visit(tree, 'element', ({ tagName, properties }: { tagName: string; properties: Properties }) => {
    if (tagName === 'a' && typeof properties.href === 'string' && !properties.href.startsWith('#')) links.add(properties.href);
    delete properties.dataPagefindIgnore;
    if (typeof properties.id === 'string') properties.id = `${prefix}${properties.id}`;
    for (const name of REFERENCE_LISTS) {
      const ids = properties[name];
      if (Array.isArray(ids)) properties[name] = ids.map((id) => `${prefix}${id}`);
    }
    if (typeof properties.href === 'string' && properties.href.startsWith('#')) properties.href = `#${prefix}${properties.href.slice(1)}`;
  });
  return { html: toHtml(tree), links: [...links] };
}
