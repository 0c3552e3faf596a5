/** Atom feeds: RFC 4287's required elements, dates from the content at their first day, text escaped, newest first. */
import { describe, expect, it } from 'vitest';
import { atomFeed, atomTimestamp, FEED_ENTRIES, newestFirst, type FeedEntry } from '../../src/outputs/atom-feed.ts';

const entry = (url: string, date: string, title = 'A title'): FeedEntry => ({ url, title, date, authors: [], summary: 'Words.' });

describe('atomTimestamp', () => {
  it.each([
    ['2026', '2026-01-01T00:00:00Z'],
    ['2026-01', '2026-01-01T00:00:00Z'],
    ['2026-01-05', '2026-01-05T00:00:00Z'],
    ['2026-01-05/2026-01-06', '2026-01-05T00:00:00Z'],
  ])('gives %s as %s', (date, timestamp) => expect(atomTimestamp(date)).toBe(timestamp));
});

describe('atomFeed', () => {
  const feed = atomFeed({
    title: 'Verbatim: quotations of A & B',
    self: 'https://example.org/speakers/a/quotations.xml',
    alternate: 'https://example.org/speakers/a/',
    author: 'A & B',
    entries: newestFirst([entry('https://example.org/x/', '2025-11'), entry('https://example.org/y/', '2026-01-06', '“<b>Bold</b>” & more')]),
  });

  it('has the feed’s id, title, self link, updated (its newest entry’s) and author, and each entry’s', () => {
    expect(feed).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">\n<id>https:\/\/example\.org\/speakers\/a\/quotations\.xml<\/id>/);
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/speakers/a/quotations.xml"/>');
    expect(feed).toContain('\n<updated>2026-01-06T00:00:00Z</updated>\n<author><name>A &amp; B</name></author>\n');
    // Newest first; an entry without authors of its own names the feed's.
    expect(feed.indexOf('https://example.org/y/')).toBeLessThan(feed.indexOf('https://example.org/x/'));
    expect(feed).toContain(
      '<entry><id>https://example.org/y/</id><title>“&lt;b&gt;Bold&lt;/b&gt;” &amp; more</title><link rel="alternate" type="text/html" href="https://example.org/y/"/><updated>2026-01-06T00:00:00Z</updated><author><name>A &amp; B</name></author><summary>Words.</summary></entry>',
    );
  });

  it('keeps the newest entries, in one order for equal dates', () => {
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) => entry(`https://example.org/${String(i).padStart(3, '0')}/`, `20${String(i % 30).padStart(2, '0')}`));
    const kept = newestFirst(many);
    expect(kept).toHaveLength(FEED_ENTRIES);
    expect(kept[0]!.date).toBe('2029');
    expect(kept.slice(0, 4).map((e) => e.url)).toEqual(['https://example.org/029/', 'https://example.org/059/', 'https://example.org/089/', 'https://example.org/028/']);
    expect(newestFirst([...many].reverse())).toEqual(kept);
  });
});
