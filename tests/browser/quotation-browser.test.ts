import { describe, expect, inject, it } from 'vitest';
import { axeViolations, browserOnSite } from '../helpers/browser.ts';

const builds = inject('builds');

describe.each(Object.entries(builds))('the quotation pages in Chromium, built for %s', (_name, { base, outDir }) => {
  const running = browserOnSite({ base, outDir });

  it('filters /quotes/ by speaker, keeps the filter in the URL, and restores it on reload', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}quotes/`);
    await page.getByLabel('Speaker').focus();
    await page.getByLabel('Speaker').selectOption('thomas-barrack');
    const visible = page.locator('.quote-item:visible');
    await expect.poll(() => visible.count()).toBe(3);
    expect(await page.locator('.quote-item:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.speaker))).toEqual(['thomas-barrack', 'thomas-barrack', 'thomas-barrack']);
    expect(new URL(page.url()).searchParams.get('speaker')).toBe('thomas-barrack');
    expect(await page.getByRole('status').textContent()).toBe('3 of 15 quotations shown');
    await page.reload();
    await expect.poll(() => page.locator('.quote-item:visible').count()).toBe(3);
    await page.getByLabel('Kind').selectOption('full');
    await expect.poll(() => page.locator('.quote-item:visible').count()).toBe(1);
    await page.close();
  });

  it('filters by affiliation', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}quotes/?affiliation=Syria`);
    await expect.poll(() => page.locator('.quote-item:visible').count()).toBe(5);
    await page.goto(`${running.site.url}quotes/by-section/?affiliation=Syria`);
    await expect.poll(() => page.locator('.quoted-section:visible').count()).toBe(3); // the three sections that quote a Syrian speaker
    await page.close();
  });

  it('reads without JavaScript: every quotation listed, filters hidden', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.site.url}quotes/`);
    expect(await page.locator('.quote-item:visible').count()).toBe(15);
    expect(await page.locator('[data-list-filters]').isVisible()).toBe(false);
    await context.close();
  });

  it('shows the speaker of a quotation in the text on focus on a phone (beside it on wide screens), and lands on it from its permalink', async () => {
    const page = await running.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${running.site.url}quotes/`);
    const id = await page.locator('.quote-item[data-speaker="thomas-barrack"] a', { hasText: 'In the text' }).first().getAttribute('href');
    await page.goto(new URL(id!, running.site.url).href);
    const anchorId = new URL(page.url()).hash.slice(1);
    const quotation = page.locator(`[id="${anchorId}"]`);
    await quotation.focus();
    await expect.poll(() => page.locator(`[id="${anchorId}-by"]`).isVisible()).toBe(true);
    expect(await page.locator(`[id="${anchorId}-by"]`).textContent()).toContain('Thomas Barrack');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`[id="${anchorId}-by"]`).isVisible()).toBe(false);
    // Beside the text, the note is always shown: Escape has nothing to hide.
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await page.locator(`[id="${anchorId}-by"]`).isVisible()).toBe(true);
    await page.close();
  });

  it('keeps each speaker note inside a phone’s window, and closes it when the pointer leaves, even after a click', async () => {
    const page = await running.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${running.site.url}articles/syria-israel-fifth-round/joint-coordination-mechanism/`);
    const quotations = page.locator('.prose .quotation');
    for (let index = 0; index < (await quotations.count()); index += 1) {
      const quotation = quotations.nth(index);
      await quotation.scrollIntoViewIfNeeded();
      await quotation.hover();
      const note = quotation.locator(':scope > .quotation__by');
      await expect.poll(() => note.isVisible()).toBe(true);
      // Placed once the notes' script has loaded, which the first pointer movement asks for.
      await expect.poll(async () => { const box = (await note.boundingBox())!; return box.x >= 0 && box.x + box.width <= 390; }).toBe(true);
      await quotation.click();
      await page.mouse.move(5, 5);
      await expect.poll(() => note.isVisible()).toBe(false);
    }
    await page.close();
  });

  it('copies a citation on the first tap, before any other interaction, on a phone and on a desktop', async () => {
    const note = 'Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” Noon Post, January 2026, https://www.noonpost.com/en/363213/.';
    for (const device of [{ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } }, { viewport: { width: 1440, height: 900 } }]) {
      const context = await running.browser.newContext({ ...device, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      await page.goto(`${running.site.url}articles/syria-israel-fifth-round/joint-coordination-mechanism/`);
      // Every citation has its button as soon as the page has loaded, with no interaction first.
      expect(await page.locator('.citation__copy').count()).toBe(await page.locator('.citation-styles dd').count());
      const cited = page.locator('.quotation-citation', { has: page.locator('h3', { hasText: '“breakthrough”' }) });
      const button = cited.getByRole('button', { name: 'Copy the Chicago 17 note' });
      // The note's italics do not travel: what is copied is its plain text.
      await (device.hasTouch ? button.tap() : button.click());
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(note);
      // Said in the button ("Copied", and the hidden name of what) and on the page's status line.
      expect(await cited.locator('dd').nth(2).locator('.citation__copy').textContent()).toBe('Copied the Chicago 17 note');
      expect(await page.getByRole('status').filter({ hasText: 'Copied' }).textContent()).toBe('Copied the Chicago 17 note');
      await page.locator('.article-citation').getByRole('button', { name: 'Copy the MLA 9 works-cited entry' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
        '“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” Noon Post, Jan. 2026, www.noonpost.com/en/363213/. Accessed 26 Nov. 2026.',
      );
      await context.close();
    }
  });

  it('has no axe violations on the quotation list and a permalink', async () => {
    const page = await running.browser.newPage();
    for (const path of ['quotes/', 'quotes/by-date/']) {
      await page.goto(`${running.site.url}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.goto(`${running.site.url}quotes/`);
    await page.locator('.quote-item a', { hasText: 'Cite' }).first().click();
    await page.waitForURL(/#cite-q-/);
    expect(await axeViolations(page), page.url()).toEqual([]);
    await page.close();
  });
});
