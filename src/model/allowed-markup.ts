/**
 * The markup a section may hold besides Markdown, one list for the check (remark-inert-content) and the render
 * (rehype-inert-html): our components with the attributes each takes, and inline HTML without event handlers,
 * styles or URLs.
 */

/** Our components: `<Quote>` annotates a quotation (and is unwrapped), `<Figure>` is a photo caption. */
export const COMPONENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  Quote: ['speaker', 'kind', 'said'],
  Figure: ['credit'],
};

/** Components the page renders as components (the others are read and unwrapped before rendering). */
export const RENDERED_COMPONENTS: readonly string[] = ['Figure'];

/** Inline HTML elements a section may use, and the attributes each may carry. */
export const INLINE_HTML: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(['em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'cite', 'code', 'kbd', 'q'].map((name) => [name, ['lang']])),
  abbr: ['title', 'lang'],
  dfn: ['title', 'lang'],
  br: [],
  wbr: [],
};
