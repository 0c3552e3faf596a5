/** Sections rendered outside Astro as their page shows them: the tree the build keeps, as HTML. */
import { toHtml } from 'hast-util-to-html';
import { sectionTreeRenderer, type SectionHtmlOptions, type SectionSource } from '../../src/render/section-html.ts';

export function sectionHtmlRenderer(options: SectionHtmlOptions): (section: SectionSource) => Promise<string> {
  const tree = sectionTreeRenderer(options);
  return async (section) => toHtml(await tree(section));
}
