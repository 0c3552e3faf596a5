import { describe, expect, inject, it } from 'vitest';
import { axeViolations, browserOnSite } from '../helpers/browser.ts';

const ARTICLE = 'articles/syria-israel-fifth-round/';

/** One page of every type the site builds. */
const PAGE_TYPES = {
  home: '',
  article: ARTICLE,
  section: `${ARTICLE}agreement-or-normalization/`,
  quotations: 'quotes/',
  'quotation permalink': 'quotes/',
  speakers: 'speakers/',
  speaker: 'speakers/thomas-barrack/',
  claims: 'claims/',
  timeline: 'timeline/',
  search: 'search/?q=Israel',
  about: 'about/',
  '404': 'no-such-page/',
};

describe('every page type in Chromium', () => {
  const { base, outDir } = inject('builds').root;
  const running = browserOnSite({ base, outDir });

  it('offers Atom feeds that parse as Atom, linked from the pages they follow', async () => {
    const page = await running.browser.newPage();
    for (const [pagePath, feedTitle] of [['', 'Verbatim: articles'], ['speakers/thomas-barrack/', 'Verbatim: quotations of Thomas Barrack']] as const) {
      await page.goto(`${running.site.url}${pagePath}`);
      const href = await page.locator(`head link[rel="alternate"][type="application/atom+xml"][title="${feedTitle}"]`).getAttribute('href');
      // What a feed reader checks: well-formed XML in Atom's namespace, RFC 4287's required elements on the feed and each entry.
      const report = await page.evaluate(async (url) => {
        const response = await fetch(url);
        const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
        const feed = xml.documentElement;
        const child = (parent: Element, name: string) => [...parent.children].filter((c) => c.localName === name);
        const entries = child(feed, 'entry');
        return {
          status: response.status,
          error: xml.querySelector('parsererror')?.textContent ?? null,
          root: `${feed.namespaceURI} ${feed.localName}`,
          feed: ['id', 'title', 'updated', 'author'].map((name) => child(feed, name).length),
          self: child(feed, 'link').some((link) => link.getAttribute('rel') === 'self'),
          entries: entries.length,
          incomplete: entries.filter((entry) => ['id', 'title', 'updated', 'link'].some((name) => child(entry, name).length !== 1) || !child(entry, 'author').length).length,
          dates: entries.map((entry) => child(entry, 'updated')[0]!.textContent).every((date) => /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(date ?? '')),
        };
      }, new URL(href!, page.url()).href);
      expect(report).toEqual({ status: 200, error: null, root: 'http://www.w3.org/2005/Atom feed', feed: [1, 1, 1, 1], self: true, entries: expect.any(Number), incomplete: 0, dates: true });
      expect(report.entries).toBeGreaterThan(0);
    }
    await page.close();
  });

  it.each(Object.entries(PAGE_TYPES))('has no axe violations: %s', async (type, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await running.browser.newPage({ colorScheme });
      await page.goto(`${running.site.url}${path}`);
      if (type === 'quotation permalink') {
        await page.locator('.quote-item a', { hasText: 'Cite' }).first().click();
        await page.waitForURL(/#cite-q-/);
      }
      if (type === 'search') await page.locator('.search-result').first().waitFor();
      expect(await axeViolations(page), `${type} in ${colorScheme}`).toEqual([]);
      await page.close();
    }
  });

  it('filters the claims by status and the timeline by party', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}claims/`);
    await page.getByLabel('Status').focus();
    await page.getByLabel('Status').selectOption('analysis');
    const statuses = await page.locator('.claim:visible .status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['analysis']));
    await page.goto(`${running.site.url}timeline/?party=United+States`);
    const parties = await page.locator('.timeline-item:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.party!.split('|')));
    expect(parties.length).toBeGreaterThan(0);
    expect(parties.every((p) => p.includes('United States'))).toBe(true);
    await page.close();
  });

  it('goes from a sentence to its claim and back', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}${ARTICLE}agreement-or-normalization/`);
    await page.locator('[id="text-claim-syrian-official-stalling-tactics"]').click();
    expect(new URL(page.url()).hash).toBe('#claim-syrian-official-stalling-tactics');
    await page.locator('#claim-syrian-official-stalling-tactics a', { hasText: 'in the text' }).click();
    expect(new URL(page.url()).hash).toBe('#text-claim-syrian-official-stalling-tactics');
    await page.close();
  });
});
