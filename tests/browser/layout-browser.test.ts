import { describe, expect, inject, it } from 'vitest';
import { browserOnSite } from '../helpers/browser.ts';

const PAGES = [
  '',
  'articles/syria-israel-fifth-round/',
  'articles/syria-israel-fifth-round/joint-coordination-mechanism/',
  'quotes/',
  'speakers/',
  'speakers/thomas-barrack/',
  'search/?q=corridor',
  'no-such-page/',
];

describe('the layout in Chromium', () => {
  const { base, outDir } = inject('builds').root;
  const running = browserOnSite({ base, outDir });

  it.each(PAGES)('fits a 320 px wide screen without scrolling sideways: /%s', async (path) => {
    const page = await running.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${running.site.url}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('puts the notes in the margin on wide screens, and the section’s full lists after the text at every width', async () => {
    const path = `${running.site.url}articles/syria-israel-fifth-round/joint-coordination-mechanism/`;
    const boxes = async (width: number) => {
      const page = await running.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(path);
      const [prose, aside, note] = await Promise.all([page.locator('.prose').boundingBox(), page.locator('aside.annotations').boundingBox(), page.locator('.prose .sidenote--claim').first().boundingBox()]);
      await page.close();
      return { prose: prose!, aside: aside!, note };
    };
    const wide = await boxes(1280);
    expect(wide.note!.x).toBeGreaterThan(wide.prose.x + wide.prose.width);
    expect(wide.aside.y).toBeGreaterThanOrEqual(wide.prose.y + wide.prose.height);
    const narrow = await boxes(400);
    expect(narrow.note).toBeNull();
    expect(narrow.aside.y).toBeGreaterThanOrEqual(narrow.prose.y + narrow.prose.height);
  });

  it('follows the system’s dark theme', async () => {
    const colors = async (colorScheme: 'light' | 'dark') => {
      const page = await running.browser.newPage({ colorScheme });
      await page.goto(running.site.url);
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.close();
      return color;
    };
    expect(await colors('light')).not.toBe(await colors('dark'));
  });

  it('prints the text without navigation', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}articles/syria-israel-fifth-round/introduction/`);
    expect(await page.locator('.print-links').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.site-search').isVisible()).toBe(false);
    expect(await page.locator('.citation__copy').first().isVisible()).toBe(false);
    expect(await page.locator('.prose').isVisible()).toBe(true);
    // The notes, each after its line, and the addresses of the page's links once, at its end.
    expect(await page.locator('.prose .sidenote--claim').first().isVisible()).toBe(true);
    const addresses = await page.locator('.print-links li').allTextContents();
    expect(addresses).toContain('https://www.noonpost.com/en/363213/');
    expect(addresses).toContain('http://localhost:4321/speakers/israeli-government/');
    expect(new Set(addresses).size).toBe(addresses.length);
    await page.close();
  });
});
