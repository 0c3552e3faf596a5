/** The notes beside the text: level with their lines on wide screens, opened below their lines on narrow ones. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserOnSite } from '../helpers/browser.ts';

const ARTICLE = 'articles/syria-israel-fifth-round/';
const SECTIONS = ['introduction/', 'a-faltering-track-amid-unrelenting-aggression/', 'joint-coordination-mechanism/', 'agreement-or-normalization/'];
/** The section pages, and the whole article on its own page. */
const PAGES = [...SECTIONS, ''];
const THEMES = ['light', 'dark'] as const;
/** The space above and below a note in the margin, in pixels (0.25rem and 0.4rem), with a pixel for rounding. */
const NOTE_MARGINS = 11.5;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface PlacedNote {
  note: Box & { text: string; number: string | null };
  /** The line the note stands on in the text: the last line of what comes before it, or the first of what follows. */
  line: Box;
  lineHeight: number;
  marker: string | null;
  /** The right edge of the text the note stands beside. */
  textRight: number;
}

/** Every note shown on the page, with the line it annotates, in reading order. */
function placedNotes(page: Page): Promise<PlacedNote[]> {
  return page.evaluate(() => {
    const box = (rect: DOMRect) => ({ top: rect.top + scrollY, bottom: rect.bottom + scrollY, left: rect.left, right: rect.right });
    const lineOf = (note: Element): DOMRect => {
      const rectsOf = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          const range = document.createRange();
          range.selectNodeContents(node);
          return [...range.getClientRects()];
        }
        return node instanceof Element && !node.matches('.note-toggle, .sidenote, .quotation__by') ? [...node.getClientRects()] : [];
      };
      for (let node = note.previousSibling; node; node = node.previousSibling) {
        const rects = rectsOf(node).filter((rect) => rect.width > 0);
        if (rects.length) return rects.at(-1)!;
      }
      for (let node = note.nextSibling; node; node = node.nextSibling) {
        const rects = rectsOf(node).filter((rect) => rect.width > 0);
        if (rects.length) return rects[0]!;
      }
      return note.parentElement!.getBoundingClientRect();
    };
    return [...document.querySelectorAll<HTMLElement>('.prose .sidenote, .prose .quotation__by')]
      .filter((note) => note.checkVisibility())
      .map((note) => {
        const marker = note.previousElementSibling?.matches('.note-toggle') ? document.querySelector(`label[for="${note.previousElementSibling.id}"]`) : null;
        return {
          note: { ...box(note.getBoundingClientRect()), text: note.textContent ?? '', number: note.querySelector('.sidenote__number')?.textContent ?? null },
          line: box(lineOf(note)),
          lineHeight: parseFloat(getComputedStyle(note.closest('p, li, blockquote, figcaption') ?? note.parentElement!).lineHeight),
          marker: note.matches('.sidenote--claim') ? (marker?.textContent ?? null) : null,
          textRight: note.closest('.prose')!.getBoundingClientRect().right,
        };
      });
  });
}

describe('the notes beside the text, in Chromium', () => {
  const { base, outDir } = inject('builds').root;
  const running = browserOnSite({ base, outDir });

  it.each(THEMES)('on a wide screen, in the %s theme, sets each note level with its line, in the margin, none over another', async (colorScheme) => {
    const page = await running.browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme });
    const counted: number[] = [];
    for (const section of PAGES) {
      await page.goto(`${running.site.url}${ARTICLE}${section}`);
      const notes = await placedNotes(page);
      counted.push(notes.length);
      notes.forEach(({ note, line, lineHeight, marker, textRight }, index) => {
        const where = `${section} note ${index + 1} (${note.text.slice(0, 40)})`;
        // Beside the text, never over it.
        expect(note.left, where).toBeGreaterThanOrEqual(textRight);
        // Never above its line; level with it, unless the note before it in a busy paragraph pushes it down: to the
        // first line of the text below that note (a line, and the notes' own margins, below it at most).
        expect(note.top, where).toBeGreaterThanOrEqual(line.top - 2);
        const previous = notes[index - 1]?.note;
        const level = note.top <= line.top + lineHeight;
        const pushed = previous !== undefined && note.top <= previous.bottom + lineHeight + NOTE_MARGINS;
        expect(level || pushed, `${where}: at ${note.top}, its line at ${line.top}`).toBe(true);
        if (previous) expect(note.top, `${where} overlaps the note before it`).toBeGreaterThanOrEqual(previous.bottom - 0.5);
        // A claim is numbered in the margin as its marker is in the text.
        if (marker !== null) expect(note.number, where).toBe(marker);
      });
    }
    // Every kind of note is there: claims, quotations' speakers, dates and a person's first mention; the whole
    // article has all its sections' notes.
    expect(counted.slice(0, -1).reduce((a, b) => a + b)).toBeGreaterThan(40);
    expect(counted.at(-1)).toBe(counted.slice(0, -1).reduce((a, b) => a + b));
    await page.close();
  });

  it.each(THEMES)('on a phone, in the %s theme, opens a note just below its line when its marker is tapped', async (colorScheme) => {
    const page = await running.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme, hasTouch: true });
    for (const section of SECTIONS) {
      await page.goto(`${running.site.url}${ARTICLE}${section}`);
      expect(await placedNotes(page), `${section}: notes closed`).toEqual([]);
      const markers = page.locator('.prose .note-marker');
      const count = await markers.count();
      for (let index = 0; index < count; index++) await markers.nth(index).tap();
      const notes = await placedNotes(page);
      expect(notes.length, section).toBe(count);
      notes.forEach(({ note, line, lineHeight }, index) => {
        const where = `${section} note ${index + 1} (${note.text.slice(0, 40)})`;
        expect(note.top, where).toBeGreaterThanOrEqual(line.bottom - 2);
        // Right below its line, or below the note opened before it on the same line.
        const previous = notes[index - 1]?.note;
        const below = previous && previous.bottom > line.bottom ? previous.bottom : line.bottom;
        expect(note.top, where).toBeLessThanOrEqual(below + lineHeight);
        if (index > 0) expect(note.top, `${where} overlaps the note before it`).toBeGreaterThanOrEqual(notes[index - 1]!.note.bottom - 0.5);
      });
    }
    await page.close();
  });

  it('on a phone, opens a note from the keyboard, and shows a quotation’s speaker below its line when it has focus', async () => {
    const page = await running.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${running.site.url}${ARTICLE}agreement-or-normalization/`);
    const toggle = page.locator('.prose .note-toggle').first();
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(true);
    expect(await page.locator('.prose .note-toggle:checked + .sidenote').isVisible()).toBe(true);
    const quotation = page.locator('.prose span.quotation').first();
    await quotation.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const [line, note] = await quotation.evaluate((element) => {
      const rects = [...element.getClientRects()];
      return [rects.at(-1)!.bottom, element.querySelector('.quotation__by')!.getBoundingClientRect().top];
    });
    expect(note).toBeGreaterThanOrEqual(line);
    expect(note).toBeLessThanOrEqual(line + 12);
    await page.close();
  });
});
