/** The W3C annotations of the built site, anchored in Chromium the way an annotation client (Hypothesis) anchors them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readGzipJson } from '../../src/outputs/gzip-download.ts';
import { browserOnSite } from '../helpers/browser.ts';

interface Annotation {
  id: string;
  target: { source: string; selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }] };
}

const builds = inject('builds');

describe.each(Object.entries(builds))('the W3C annotations in Chromium, built for %s', (_name, { base, outDir }) => {
  const running = browserOnSite({ base, outDir });
  const collection = JSON.parse(readFileSync(join(outDir, 'annotations.jsonld'), 'utf8')) as { total: number; first: string; last: string };
  const items = (JSON.parse(readFileSync(join(outDir, 'annotations', 'page-1.jsonld'), 'utf8')) as { items: Annotation[] }).items;
  const quotations = readGzipJson<{ quotations: unknown[] }>(join(outDir, 'quotes.json.gz')).quotations;
  const claims = readGzipJson<{ claims: unknown[] }>(join(outDir, 'claims.json.gz')).claims;

  it('annotates every quotation and every claim, in one collection', () => {
    expect(collection.total).toBe(quotations.length + claims.length);
    expect(items).toHaveLength(collection.total);
    expect(collection.first).toBe(collection.last);
  });

  it('anchors every selector exactly once in its page’s text, on the words it annotates', async () => {
    const page = await running.browser.newPage();
    for (const [source, onPage] of Map.groupBy(items, (item) => item.target.source)) {
      const path = new URL(source).pathname;
      await page.goto(`${running.site.url}${path.slice(base.length)}`);
      const results = await page.evaluate((annotations) => {
        const text = document.body.textContent ?? '';
        // A text position as a DOM point: the text node it falls in, and the offset in that node (a start at the end
        // of one node is the start of the next).
        const point = (offset: number, start: boolean) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.nodeValue!.length;
            if (start ? offset < seen + length : offset <= seen + length) return [node, offset - seen] as const;
            seen += length;
          }
          throw new Error(`offset ${offset} beyond the text`);
        };
        return annotations.map(({ id, target }) => {
          const [quote, position] = target.selector;
          const whole = quote.prefix + quote.exact + quote.suffix;
          const first = text.indexOf(whole);
          const range = document.createRange();
          range.setStart(...point(position.start, true));
          range.setEnd(...point(position.end, false));
          const fragment = id.slice(id.indexOf('#') + 1);
          const annotated = fragment.startsWith('claim-')
            ? document.getElementById(`text-${fragment}`)?.closest('.claim-sentence')
            : document.getElementById(fragment);
          return {
            id: fragment,
            found: first === -1 ? 0 : text.indexOf(whole, first + 1) === -1 ? 1 : 2,
            atPosition: first + quote.prefix.length === position.start,
            ranged: range.toString() === quote.exact,
            inside: Boolean(annotated?.contains(range.startContainer) && annotated.contains(range.endContainer)),
          };
        });
      }, onPage);
      for (const result of results) expect(result, `${path} ${result.id}`).toEqual({ id: result.id, found: 1, atPosition: true, ranged: true, inside: true });
    }
    await page.close();
  });
});
