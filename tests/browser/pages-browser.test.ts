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

  it('marks quotations at 3:1 or more against the page, and keeps the key hint inside the search field, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await running.browser.newPage({ colorScheme, viewport: { width: 1440, height: 900 } });
      await page.goto(`${running.site.url}${ARTICLE}joint-coordination-mechanism/`);
      const { mark, background, hint, field } = await page.evaluate(() => {
        // The mark is the quotation's background band: its colour, and the page's, as sRGB channels.
        const channels = (color: string) => color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
        const band = getComputedStyle(document.querySelector('.prose .quotation')!).backgroundImage;
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
        return { mark: channels(band.slice(band.lastIndexOf('rgb'))), background: channels(getComputedStyle(document.body).backgroundColor), hint: box('.site-search__hint'), field: box('#site-search') };
      });
      const luminance = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const [lighter, darker] = [luminance(mark), luminance(background)].sort((a, b) => b - a);
      expect((lighter! + 0.05) / (darker! + 0.05), colorScheme).toBeGreaterThanOrEqual(3);
      expect(hint.left >= field.left && hint.right <= field.right - 1 && hint.top >= field.top && hint.bottom <= field.bottom, colorScheme).toBe(true);
      await page.close();
    }
  });

  it('keeps the header compact on a phone: the name and search on one line, every section of the site on the next, a one-line breadcrumb', async () => {
    const page = await running.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${running.site.url}${ARTICLE}joint-coordination-mechanism/`);
    const sizes = await page.evaluate(() => {
      const box = (element: Element) => element.getBoundingClientRect();
      const links = [...document.querySelectorAll('.site-header nav a')].map(box);
      return {
        header: box(document.querySelector('.site-header')!).height,
        navRows: new Set(links.map((link) => Math.round(link.top))).size,
        navInside: links.every((link) => link.right <= window.innerWidth),
        searchBesideName: Math.abs(box(document.querySelector('.site-name')!).top - box(document.querySelector('.site-search')!).top) < 20,
        breadcrumb: box(document.querySelector('.breadcrumbs ol')!).height,
      };
    });
    expect(sizes.header).toBeLessThanOrEqual(100);
    expect(sizes).toMatchObject({ navRows: 1, navInside: true, searchBesideName: true });
    expect(sizes.breadcrumb).toBeLessThan(30);
    await page.close();
  });

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
        // The page a quotation’s "Cite" link opens, at its citation (quotation-browser.test.ts follows the link itself).
        const href = await page.locator('.quote-item a', { hasText: 'Cite' }).first().getAttribute('href');
        expect(href).toMatch(/#cite-q-/);
        await page.goto(new URL(href!, page.url()).href);
        await page.locator(':target').waitFor();
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

  it('goes from a claim in the full list after the text to its sentence, where its note stands', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}${ARTICLE}agreement-or-normalization/`);
    await page.locator('#claim-syrian-official-stalling-tactics a', { hasText: 'in the text' }).click();
    expect(new URL(page.url()).hash).toBe('#text-claim-syrian-official-stalling-tactics');
    const sentence = page.locator('.claim-sentence:has(:target)');
    expect(await sentence.count()).toBe(1);
    expect(await sentence.locator('#note-claim-syrian-official-stalling-tactics').isVisible()).toBe(true);
    await page.close();
  });
});
