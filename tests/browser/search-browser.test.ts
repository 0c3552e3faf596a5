import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { NOT_INDEXED } from '../../src/outputs/search-index.ts';
import { RECORDS_COUNTED_AT_ONCE_BYTES, RECORDS_SHARDS_FILE, type RecordsShardsList } from '../../src/model/search-shards.ts';
import { axeViolations, browserOnSite } from '../helpers/browser.ts';

const builds = inject('builds');

/** The results as a reader sees them, once the search is done: type, title, details. */
async function results(page: Page) {
  await page.locator('[data-search-status]').filter({ hasText: /result/ }).waitFor();
  await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached' });
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      type: item.querySelector('.search-result__type')?.textContent ?? '',
      title: item.querySelector('.search-result__title')?.textContent ?? '',
      details: item.querySelector('.search-result__details')?.textContent ?? '',
    })),
  );
}

/**
 * Serves the records' list as a large corpus's would be, counting them past what the page counts with every search:
 * the seed's records are small enough to be counted at once.
 */
async function asLargeCorpus(page: Page) {
  await page.route(`**/${RECORDS_SHARDS_FILE}`, async (route) => {
    const list = (await (await route.fetch()).json()) as RecordsShardsList;
    await route.fulfill({ json: { ...list, countBytes: RECORDS_COUNTED_AT_ONCE_BYTES + 1 } });
  });
}

/** A filter menu's options as a reader sees them: their labels, "×" after those that cannot be chosen. */
const options = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((select: HTMLSelectElement) => [...select.options].map((o) => `${o.label}${o.disabled ? ' ×' : ''}`));

describe.each(Object.entries(builds))('search in Chromium, built for %s', (_name, { base, outDir }) => {
  const running = browserOnSite({ base, outDir });

  it('finds the Syrian official’s “stalling” quotation as a result of its own, and lands on it in the section', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/?q=stalling`);
    const found = await results(page);
    expect(found[0]).toEqual({
      type: 'Quotation',
      title: '“technical stalling tactics”',
      details: expect.stringMatching(/^Unnamed Syrian official · partial quotation · in “Agreement or Normalization\?”/),
    });
    await page.locator('.search-result__title a').first().click();
    await page.waitForURL(/agreement-or-normalization\/#q-technical-stalling-tactics-/);
    expect(new URL(page.url()).pathname).toBe(`${base}articles/syria-israel-fifth-round/agreement-or-normalization/`);
    const target = page.locator(':target');
    expect(await target.getAttribute('data-speaker')).toBe('syrian-official');
    expect(await target.evaluate((el) => el.firstChild?.textContent)).toBe('“technical stalling tactics”');
    expect(await target.isVisible()).toBe(true);
    await page.close();
  });

  it('finds a speaker’s quotations by the speaker’s name, each as a result of its own', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/?q=Barrack`);
    const quotations = (await results(page)).filter((r) => r.type === 'Quotation');
    expect(quotations.map((r) => r.title)).toEqual(expect.arrayContaining(['“breakthrough”', '“a strong mutual desire to move from denial to real cooperation and shared prosperity”']));
    expect(quotations.every((r) => r.details.startsWith('Thomas Barrack · '))).toBe(true);
    await page.close();
  });

  it('corrects a misspelt query, says so, and searches for it as typed on request', async () => {
    const page = await running.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${running.site.url}search/?q=Barack`);
    const found = await results(page);
    expect(await page.locator('[data-search-suggestion]').textContent()).toBe('Showing results for Barrack · Search instead for Barack');
    expect(await page.locator('[data-search-status]').textContent()).toBe(`${found.length} results for “Barrack”`);
    expect(found[0]).toMatchObject({ type: 'Speaker', title: 'Thomas Barrack' });
    expect(fetched).toContain(`${base}search-terms.json`);
    await page.getByRole('link', { name: 'Barack', exact: true }).click();
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toBe('No results for “Barack”. Try fewer words, or remove a filter.');
    expect(await page.locator('[data-search-suggestion]').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('as-typed')).toBe('1');
    expect(await page.getByLabel('Search for').inputValue()).toBe('Barack');
    await page.close();
  });

  it.each([
    ['humanitarian coridor', 'humanitarian corridor'],
    ['joint statment', 'joint statement'],
  ])('finds “%s” as “%s”, with a visible “Showing results for”', async (typed, meant) => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/?q=${encodeURIComponent(typed)}`);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-suggestion]').textContent()).toBe(`Showing results for ${meant} · Search instead for ${typed}`);
    expect(await page.locator('[data-search-suggestion]').isVisible()).toBe(true);
    await page.close();
  });

  it('fetches no dictionary for a query whose words it finds', async () => {
    const page = await running.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${running.site.url}search/?q=ceasefire`);
    await results(page);
    expect(fetched.filter((path) => path.endsWith('search-terms.json'))).toEqual([]);
    expect(await page.locator('[data-search-suggestion]').isHidden()).toBe(true);
    await page.close();
  });

  it('fills every filter menu with the count of each value once the results are shown, a value without results disabled', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/?q=Barrack`);
    await results(page);
    // The seed's records are few: the quotations' index counts its choices with the pages', without being asked.
    await expect.poll(() => options(page, 'Result type'), { timeout: 10_000 }).toEqual(['All', 'Claim (3)', 'Quotation (3)', 'Section (3)', 'Speaker (1)']);
    // A year only the records hold is offered too, without results for this search.
    expect(await options(page, 'Year')).toEqual(['All', '2026 (3)', '2025 (0) ×']);
    expect(await options(page, 'Speaker')).toEqual(expect.arrayContaining(['Thomas Barrack (6)', 'Donald Trump (0) ×']));
    expect(await options(page, 'Quotation kind')).toEqual(['All', 'full (1)', 'partial (2)']);
    expect(await page.locator('[data-search-counts-note]').isHidden()).toBe(true);
    await page.getByLabel('Result type').selectOption('Quotation');
    await expect.poll(() => options(page, 'Speaker'), { timeout: 10_000 }).toContain('Thomas Barrack (3)');
    expect(await options(page, 'Speaker')).toContain('Donald Trump (0) ×');
    expect(await options(page, 'Result type')).toEqual(expect.arrayContaining(['Quotation (3)', 'Claim (3)']));
    expect(await options(page, 'Quotation kind')).toEqual(['All', 'full (1)', 'partial (2)']);
    await page.close();
  });

  it('counts on request, at a size too large to count with every search, the choices only the quotations’ index answers, each count the results choosing it gives', async () => {
    const page = await running.browser.newPage();
    await asLargeCorpus(page);
    await page.goto(`${running.site.url}search/?q=Barrack`);
    await results(page);
    await expect.poll(() => options(page, 'Result type'), { timeout: 10_000 }).toEqual(['All', 'Section (3)', 'Speaker (1)', 'Claim', 'Quotation']);
    const note = page.locator('[data-search-counts-note]');
    await note.waitFor();
    expect(await options(page, 'Speaker')).toContain('Thomas Barrack');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Count every choice' }).click();
    const barrack = /^Thomas Barrack \((\d+)\)$/;
    await expect.poll(() => options(page, 'Speaker'), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringMatching(barrack)]));
    expect(await note.isHidden()).toBe(true);
    // The reader's place moves from the button, now hidden, to the first menu it counted.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-type');
    expect(await options(page, 'Result type')).toEqual(['All', 'Claim (3)', 'Quotation (3)', 'Section (3)', 'Speaker (1)']);
    expect(await options(page, 'Quotation kind')).toEqual(['All', 'full (1)', 'partial (2)']);
    const counted = Number((await options(page, 'Speaker')).find((label) => barrack.test(label))!.match(barrack)![1]);
    await page.getByLabel('Speaker', { exact: true }).selectOption('Thomas Barrack');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toBe(`${counted} results for “Barrack”`);
    // Once loaded, the quotations' index counts every later search without being asked.
    await page.getByLabel('Speaker', { exact: true }).selectOption('');
    await page.getByLabel('Search for').fill('ceasefire');
    await page.getByLabel('Search for').press('Enter');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/results? for “ceasefire”/);
    await expect.poll(() => options(page, 'Result type'), { timeout: 10_000 }).toEqual(['All', 'Claim (1)', 'Section (1)', 'Quotation (0) ×', 'Speaker (0) ×']);
    expect(await note.isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('counts the sections and speakers of a search of quotations opened from its address, without being asked at the seed’s size', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/?q=Barrack&type=Quotation`);
    await results(page);
    await expect.poll(() => options(page, 'Result type'), { timeout: 10_000 }).toEqual(['All', 'Claim (3)', 'Quotation (3)', 'Section (3)', 'Speaker (1)']);
    expect(await page.locator('[data-search-counts-note]').isHidden()).toBe(true);
    await page.close();
  });

  it('counts on request, at a large size, the sections and speakers of a search of quotations opened from its address', async () => {
    const page = await running.browser.newPage();
    await asLargeCorpus(page);
    await page.goto(`${running.site.url}search/?q=Barrack&type=Quotation`);
    await results(page);
    await expect.poll(() => options(page, 'Result type'), { timeout: 10_000 }).toEqual(['All', 'Claim (3)', 'Quotation (3)', 'Section', 'Speaker']);
    await page.getByRole('button', { name: 'Count every choice' }).click();
    await expect.poll(() => options(page, 'Result type'), { timeout: 10_000 }).toEqual(['All', 'Claim (3)', 'Quotation (3)', 'Section (3)', 'Speaker (1)']);
    expect(await page.locator('[data-search-counts-note]').isHidden()).toBe(true);
    await page.close();
  });

  it('links a quotation found to its citation, and lands on it', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/?q=breakthrough`);
    await results(page);
    const cite = page.locator('.search-result--quotation').first().getByRole('link', { name: 'Cite this quotation' });
    expect(await cite.getAttribute('href')).toMatch(/joint-coordination-mechanism\/#cite-q-breakthrough-/);
    await cite.click();
    await page.waitForURL(/#cite-q-breakthrough-/);
    expect(await page.locator(':target').textContent()).toBe('“breakthrough”');
    await page.close();
  });

  it('has one search field, the page’s own, which “/” focuses', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/`);
    expect(await page.getByRole('searchbox').count()).toBe(1);
    expect(await page.locator('#site-search').count()).toBe(0);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.close();
  });

  it('offers every value of the index, with its count, when a filter is chosen before any search', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/`);
    await page.getByLabel('Result type').focus();
    await expect.poll(() => options(page, 'Result type'), { timeout: 10_000 }).toEqual(['All', 'Claim (48)', 'Quotation (15)', 'Section (4)', 'Speaker (20)']);
    await page.close();
  });

  it('filtering by speaker Thomas Barrack shows exactly his quotations', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/`);
    await page.getByLabel('Speaker', { exact: true }).focus();
    await page.getByLabel('Speaker', { exact: true }).selectOption('Thomas Barrack');
    const all = await results(page);
    expect(all.every((r) => r.details.startsWith('Thomas Barrack') || r.title === 'Thomas Barrack')).toBe(true);
    await page.getByLabel('Result type').selectOption('Quotation');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('3 results');
    const titles = (await results(page)).map((r) => r.title);
    expect(titles).toHaveLength(3);
    expect(titles).toEqual(
      expect.arrayContaining([
        '“breakthrough”',
        '“a strong mutual desire to move from denial to real cooperation and shared prosperity”',
        expect.stringMatching(/^“Both parties are committed to a new relationship/),
      ]),
    );
    const url = new URL(page.url());
    expect([url.searchParams.get('speaker'), url.searchParams.get('type')]).toEqual(['Thomas Barrack', 'Quotation']);
    await page.close();
  });

  it('shows results on load for /search/?q=corridor, and keeps the filters of a shared link', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/?q=corridor`);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.getByLabel('Search for').inputValue()).toBe('corridor');
    await page.goto(`${running.site.url}search/?speaker=Donald+Trump&type=Quotation&sort=date-desc`);
    expect((await results(page)).map((r) => r.details.split(' · ')[0])).toEqual(['Donald Trump', 'Donald Trump', 'Donald Trump']);
    expect(await page.getByLabel('Speaker', { exact: true }).inputValue()).toBe('Donald Trump');
    expect(await page.getByLabel('Sort', { exact: true }).inputValue()).toBe('date-desc');
    await page.close();
  });

  it('sorts quotations by date', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}search/?type=Quotation&sort=date-asc`);
    const found = await results(page);
    expect(found.slice(0, 2).map((r) => r.details.split(' · ')[0])).toEqual(['Asaad al-Shibani', 'Unnamed Syrian government source']);
    await page.close();
  });

  it('reaches and opens a result with the keyboard alone, from any page', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}articles/syria-israel-fifth-round/introduction/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('breakthrough');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=breakthrough/);
    await results(page);
    await page.keyboard.press('Control+K');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    // Tab from the field through the filters to the first result.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('“breakthrough”');
    await page.keyboard.press('Enter');
    await page.waitForURL(/joint-coordination-mechanism\/#q-breakthrough-/);
    await page.close();
  });

  it('downloads nothing of search until the reader searches', async () => {
    const page = await running.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${running.site.url}articles/syria-israel-fifth-round/introduction/`);
    await page.goto(`${running.site.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page.getByLabel('Search for').fill('ceasefire');
    await results(page);
    expect(fetched.some((path) => path === `${base}pagefind/pagefind.js`)).toBe(true);
    await page.close();
  });

  it('indexes a section’s text and leaves out its notes, their toggles and its citation styles', async () => {
    const page = await running.browser.newPage();
    const LEFT_OUT = ['.quotation__by', '.claim-ref', '.sidenote', ...NOT_INDEXED].join(', ');
    const section = `${base}articles/syria-israel-fifth-round/agreement-or-normalization/`;
    await page.goto(`${running.site.url}search/`);
    // As a string: the test's own transform would rewrite the dynamic import of a function passed in.
    const { content, notes, ends, anchors } = await page.evaluate<{ content: string; notes: string[]; ends: string[]; anchors: string[] }>(`(async () => {
      const section = ${JSON.stringify(section)};
      let content = '';
      let anchors = [];
      for (const bundle of document.querySelector('[data-search-shards]').getAttribute('data-search-shards').split(' ')) {
        const pagefind = await import(new URL('../' + bundle + '/pagefind.js', location.href).href);
        for (const result of (await pagefind.search('stalling')).results) {
          const data = await result.data();
          if (new URL(data.url, location.href).pathname === section) ({ content, anchors } = data);
        }
      }
      const html = new DOMParser().parseFromString(await (await fetch(section)).text(), 'text/html');
      const notes = [...html.querySelectorAll(${JSON.stringify(LEFT_OUT)})].map((note) => note.textContent.replace(/\\s+/g, ' ').trim());
      // Each paragraph's last words, after its notes: nothing of the text is left out with them.
      html.querySelectorAll(${JSON.stringify(LEFT_OUT)}).forEach((note) => note.remove());
      const ends = [...html.querySelectorAll('.prose > p')].map((p) => p.textContent.replace(/\\s+/g, ' ').trim().slice(-30));
      return { content: content.replace(/\\s+/g, ' '), notes, ends, anchors: anchors.map((anchor) => anchor.id) };
    })()`);
    expect(content).toContain('technical stalling tactics');
    expect(ends.length).toBeGreaterThan(5);
    for (const end of ends) expect(content).toContain(end);
    // The text's own ids are its anchors, a note's are not.
    expect(anchors).toContain('date-1974');
    expect(anchors.filter((id) => /^note-|-by$|^text-claim-/.test(id))).toEqual([]);
    expect(notes.length).toBeGreaterThan(10);
    for (const note of notes.filter((text) => text.length > 12)) expect(content).not.toContain(note);
    await page.close();
  });

  it('says without JavaScript that search needs it, and links to the quotations, speakers and sections', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.site.url}search/?q=corridor`);
    expect(await page.locator('.notice').textContent()).toContain('Search runs in your browser and needs JavaScript');
    expect(await page.locator('.notice a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      `${base}quotes/`,
      `${base}speakers/`,
      base,
    ]);
    expect(await page.locator('[data-search]').isVisible()).toBe(false);
    await context.close();
  });

  it('has no axe violations on the search page with results shown, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await running.browser.newPage({ colorScheme });
      await page.goto(`${running.site.url}search/?q=Israel`);
      await results(page);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.close();
    }
  });
});
