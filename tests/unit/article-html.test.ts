/** A section's HTML on the whole-article page: its ids, and what refers to them, made its own; and its links. */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { articleIdPrefix, sectionInArticle } from '../../src/render/article-html.ts';

const tree = (html: string) => fromHtml(html, { fragment: true });

describe('sectionInArticle', () => {
  it('prefixes every id and every reference to one, and leaves other links and the text alone', () => {
    const html =
      '<p><label for="t-1" id="date-2024">2024</label><input type="checkbox" id="t-1"><span id="q-1" aria-describedby="q-1-by">“words” id="x"</span>' +
      '<span id="q-1-by">Dana Holt</span> <a href="#claim-c1">1</a> <a href="/speakers/dana-holt/#top">Holt</a></p>';
    const { html: prefixed, links } = sectionInArticle(tree(html), 'talks--');
    expect(links).toEqual(['/speakers/dana-holt/#top']);
    expect(prefixed).toBe(
      '<p><label for="talks--t-1" id="talks--date-2024">2024</label><input type="checkbox" id="talks--t-1"><span id="talks--q-1" aria-describedby="talks--q-1-by">“words” id="x"</span>' +
        '<span id="talks--q-1-by">Dana Holt</span> <a href="#talks--claim-c1">1</a> <a href="/speakers/dana-holt/#top">Holt</a></p>',
    );
  });

  it('drops the marks that keep notes out of the search, since the whole-article page is not indexed', () => {
    const html = '<p>Text<span class="sidenote" data-pagefind-ignore="all">Dana Holt</span><input type="checkbox" data-pagefind-ignore="all"></p>';
    expect(sectionInArticle(tree(html), 'x--').html).toBe('<p>Text<span class="sidenote">Dana Holt</span><input type="checkbox"></p>');
  });

  it('lists the addresses a text links to, once each, in order, without its own fragments', () => {
    const html = '<p><a href="/speakers/a/">A</a> <a href="#claim-1">1</a> <a href="https://example.org/x">x</a> <a href="/speakers/a/">A again</a></p>';
    expect(sectionInArticle(tree(html), 'x--').links).toEqual(['/speakers/a/', 'https://example.org/x']);
  });

  it('prefixes with the section’s own id in its article', () => {
    expect(articleIdPrefix('talks-2026/round-two')).toBe('round-two--');
  });
});
