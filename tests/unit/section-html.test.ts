/** A section file rendered to the HTML its page shows, outside Astro: marks, links, the figure, and nothing that runs. */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/model/schema.ts';
import { sectionHtmlRenderer } from '../helpers/section-render.ts';

const envoy: Speaker = { id: 'dana-holt', name: 'Dana Holt', aliases: ['Holt'], role: 'Envoy', affiliation: 'Varenia', kind: 'person', description: 'An envoy we made up.' };
const render = sectionHtmlRenderer({
  quotations: { speakers: () => [envoy], sectionUrl: (id) => `/base/articles/${id}/` },
  speakerUrl: (id) => `/base/speakers/${id}/`,
});

const source = [
  '---',
  'title: Talks',
  'order: 1',
  'article: talks',
  'speakers: [dana-holt]',
  '---',
  '',
  'Envoy Dana Holt spoke after the meeting. “We are close to a deal,” Holt said on Monday.',
  '',
  '<Figure credit="Wire">',
  'Delegates arrive.',
  '</Figure>',
  '',
  'Costs <em onClick="alert(1)">rose</em>.',
  '',
].join('\n');

describe('a section rendered to HTML', () => {
  it('marks the quotation with its speaker, links the first mention, renders the figure, and keeps no frontmatter or handler', async () => {
    // No analysis given: the plugins read the text themselves.
    const html = await render({ path: '/content/articles/talks/intro.mdx', source, frontmatter: { title: 'Talks', order: 1, article: 'talks', speakers: ['dana-holt'] } });
    expect(html).toMatch(/<span id="q-we-are-close-to-a-[0-9a-f]{6}" class="quotation" data-speaker="dana-holt" data-kind="full"/);
    expect(html).toContain('<a href="/base/speakers/dana-holt/" class="speaker-mention" data-speaker="dana-holt">Dana Holt</a>');
    expect(html).toContain('<figure class="figure figure--no-image"><figcaption><p>Delegates arrive.</p><span class="figure__credit"> (Wire)</span>');
    expect(html).toContain('Costs <em>rose</em>.');
    expect(html).not.toMatch(/title: Talks|onclick|alert/i);
  });

  it('gives the same HTML for the same file', async () => {
    const section = { path: '/content/articles/talks/intro.mdx', source, frontmatter: { title: 'Talks', order: 1, article: 'talks', speakers: ['dana-holt'] } };
    expect(await render(section)).toBe(await render(section));
  });
});
