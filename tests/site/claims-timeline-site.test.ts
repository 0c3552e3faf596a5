import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readGzipJson } from '../../src/outputs/gzip-download.ts';
import { page, readPages, select, selectAll, sourceText, text } from '../helpers/site.ts';

const builds = inject('builds');
const ARTICLE = 'syria-israel-fifth-round';

interface PublicClaim {
  id: string;
  claim: string;
  status: string;
  date: string | null;
  claimant: { id: string; name: string };
  section: string;
  url: string;
}

describe.each(Object.entries(builds))('claims, dates and the timeline, built for %s', (_name, { base, outDir }) => {
  const pages = readPages(outDir);
  const { claims } = readGzipJson<{ claims: PublicClaim[] }>(join(outDir, 'claims.json.gz'));
  const timeline = readGzipJson<{ timeline: { date: string; kind: string; text: string; label: string; parties: string[]; links: { href: string }[] }[] }>(join(outDir, 'timeline.json.gz')).timeline;

  it('exports every annotated claim to /claims.json.gz with its claimant and the sentence that carries it', () => {
    expect(claims).toHaveLength(48);
    expect(claims.find((c) => c.id === 'syrian-official-stalling-tactics')).toEqual({
      id: 'syrian-official-stalling-tactics',
      claim: expect.stringContaining('technical stalling tactics'),
      status: 'reported',
      date: null,
      claimant: { id: 'syrian-official', name: 'Unnamed Syrian official' },
      article: ARTICLE,
      section: `${ARTICLE}/agreement-or-normalization`,
      url: `${base}articles/${ARTICLE}/agreement-or-normalization/#text-claim-syrian-official-stalling-tactics`,
    });
  });

  it('marks the sentence carrying every claim in the text, with the claim noted beside it, and the full list links back', () => {
    for (const claim of claims) {
      const section = page(pages, `articles/${claim.section}/`);
      // The marker opens the claim's note, which follows it in the sentence (in the margin on wide screens).
      const marker = select(`[id="text-claim-${claim.id}"]`, section.tree);
      expect(marker?.tagName, claim.id).toBe('label');
      expect(marker?.properties.htmlFor, claim.id).toEqual([`note-toggle-claim-${claim.id}`]);
      // After its sentence's words, or after the quoted words its marker stands in.
      expect(text(select(`[id="note-toggle-claim-${claim.id}"] + [id="note-claim-${claim.id}"]`, section.tree)), claim.id).toContain(claim.claim);
      expect(select(`.claim-sentence [id="text-claim-${claim.id}"]`, section.tree), claim.id).toBeTruthy();
      expect(select(`[id="claim-${claim.id}"] a[href="#text-claim-${claim.id}"]`, section.tree), claim.id).toBeTruthy();
    }
    const sentence = select('.claim-sentence:has([id="text-claim-syrian-official-stalling-tactics"])', page(pages, `articles/${ARTICLE}/agreement-or-normalization/`).tree);
    expect(sourceText(sentence)).toMatch(/^He accused Israel of employing “technical stalling tactics” in the talks and urged it to abandon its “expansionist mindset” to allow negotiations to proceed\./);
  });

  it('lists all claims on /claims/, grouped by claimant, with status and date, and as schema.org Claims', () => {
    const claimsPage = page(pages, 'claims/');
    expect(selectAll('.claim', claimsPage.tree)).toHaveLength(claims.length);
    const group = selectAll('.claim-group', claimsPage.tree).find((g) => text(select('h2', g)).startsWith('Asaad al-Shibani'))!;
    expect(selectAll('.claim__text', group).map((c) => text(c))).toEqual([
      'Syria does not pursue peace at any cost and will not sign any agreement while its land remains occupied.',
      'The condition is full withdrawal to the lines of December 7, 2024; otherwise there is no agreement and no concessions.',
    ]);
    expect(selectAll('.claim .status', group).map((s) => text(s))).toEqual(['asserted', 'asserted']);
    expect(select('time', group)?.properties.dateTime).toBe('2025-11');
    // Each claim's schema.org Claim is on the page that shows it in its sentence, its section's, not in the index.
    expect(select('script[type="application/ld+json"]', claimsPage.tree)).toBeUndefined();
    const graphOf = (path: string) => JSON.parse(text(select('script[type="application/ld+json"]', page(pages, path).tree)))['@graph'] as Record<string, unknown>[];
    const sectionPaths = [...new Set(claims.map((c) => c.url.slice(base.length).replace(/#.*$/, '')))];
    expect(sectionPaths.flatMap((path) => graphOf(path).filter((node) => node['@type'] === 'Claim').map((node) => node['@id']))).toEqual(
      expect.arrayContaining(claims.map((c) => `http://localhost:4321${c.url}`)),
    );
    expect(sectionPaths.flatMap((path) => graphOf(path).filter((node) => node['@type'] === 'Claim'))).toHaveLength(claims.length);
    const graph = graphOf(`articles/${ARTICLE}/a-faltering-track-amid-unrelenting-aggression/`);
    // The article and each claimant are written once, and each claim refers to them.
    const byId = (reference: unknown) => graph.find((node) => node['@id'] === (reference as { '@id': string })['@id']);
    expect(graph.filter((node) => node['@type'] === 'NewsArticle')).toHaveLength(1);
    const claim = graph.find((node) => String(node.text).startsWith('Syria does not pursue peace'))!;
    expect(claim).toMatchObject({ '@type': 'Claim', appearance: { url: `http://localhost:4321${base}articles/${ARTICLE}/a-faltering-track-amid-unrelenting-aggression/` } });
    expect(byId(claim.author)).toMatchObject({ '@id': `http://localhost:4321${base}speakers/asaad-al-shibani/`, '@type': 'Person', name: 'Asaad al-Shibani' });
    expect(byId(claim.firstAppearance)).toMatchObject({ '@type': 'NewsArticle', url: 'https://www.noonpost.com/en/363213/', publisher: { name: 'Noon Post' } });
  });

  it('marks every date of the text with <time datetime>, at its own precision, and leaves unpinned ones unresolved', () => {
    const intro = page(pages, `articles/${ARTICLE}/introduction/`);
    expect(selectAll('.prose time', intro.tree).map((t) => [text(t), t.properties.dateTime])).toEqual([
      ['1974', '1974'],
      ['January 5–6', '2026-01-05'],
      ['December 8, 2024', '2024-12-08'],
      ['2025', '2025'],
    ]);
    expect(select('.prose time[data-value]', intro.tree)?.properties.dataValue).toBe('2026-01-05/2026-01-06');
    const faltering = page(pages, `articles/${ARTICLE}/a-faltering-track-amid-unrelenting-aggression/`);
    expect(selectAll('.prose .date--unresolved', faltering.tree).map((t) => text(t))).toEqual(['recent weeks']);
  });

  it('shows the seed’s timeline in order, with honest precision, parties, and links into the text', () => {
    const events = timeline.filter((e) => e.kind === 'event').map((e) => [e.date, e.label]);
    for (const expected of [
      ['1974', '1974'],
      ['2024-12-08', 'December 8, 2024'],
      ['2025-07', 'July 2025'],
      ['2025-08', 'August 2025'],
      ['2025-07-19', 'July 19, 2025'],
      ['2025-09', 'September 2025'],
      ['2025-11', 'November 2025'],
      ['2026-01-05/2026-01-06', 'January 5–6, 2026'],
    ]) {
      expect(events).toContainEqual(expected);
    }
    const keys = timeline.map((e) => e.date.slice(0, 10));
    expect(keys).toEqual([...keys].sort());
    const paris = timeline.find((e) => e.date === '2026-01-05/2026-01-06')!;
    expect(paris.parties).toEqual(['Syria', 'Israel', 'United States']);
    expect(paris.links[0]!.href).toBe(`${base}articles/${ARTICLE}/introduction/#date-2026-01-05--2026-01-06`);
    const timelinePage = page(pages, 'timeline/');
    expect(selectAll('.timeline-item', timelinePage.tree)).toHaveLength(timeline.length);
    const november = selectAll('.timeline-item--event', timelinePage.tree).find((item) => select('time', item)?.properties.dateTime === '2025-11')!;
    expect(text(select('.timeline-item__when', november))).toBe('November 2025, what happened');
    expect(String(november.properties.className)).toContain('timeline-item--span');
    expect(selectAll('.timeline-item--statement', timelinePage.tree).length).toBeGreaterThan(0);
    expect(selectAll('.timeline-item .badge', timelinePage.tree)).toEqual([]);
    expect(selectAll('.jump-list a', timelinePage.tree).map((a) => text(a).split(' ')[0])).toEqual(['1974', '2024', '2025', '2026']);
  });

  it('shows each seed event once, and no entry that only names a date', () => {
    const events = timeline.filter((e) => e.kind === 'event');
    const agreement = events.filter((e) => e.text.includes('Disengagement Agreement between Syria and Israel concluded'));
    expect(agreement.map((e) => [e.date, e.links.length])).toEqual([['1974', 3]]);
    const fall = events.filter((e) => /Assad/.test(e.text));
    expect(fall.map((e) => [e.date, e.text, e.links.length])).toEqual([['2024-12-08', 'Fall of Bashar al-Assad’s regime', 2]]);
    expect(events.filter((e) => /^date\b/i.test(e.text))).toEqual([]);
    expect(new Set(events.map((e) => `${e.date}|${e.text}`)).size).toBe(events.length);
  });

  it('offers the parties only in the timeline’s filter: states, not people, outlets or "Joint"', () => {
    const timelinePage = page(pages, 'timeline/');
    expect(selectAll('#filter-party option', timelinePage.tree).map((o) => text(o))).toEqual(['All parties', 'Israel', 'Syria', 'United States']);
    const joint = timeline.find((e) => e.text.startsWith('Joint statement of Syria, Israel and the United States:'))!;
    expect(joint.parties).toEqual(['Syria', 'Israel', 'United States']);
    const shibani = timeline.find((e) => e.kind === 'event' && e.text.startsWith('Asaad al-Shibani sets out'))!;
    expect(shibani.parties).toEqual(['Syria']);
  });

  it('draws the timeline to scale, with the 1974–2024 gap cut out and shown, a lane per main party, every entry drawn', () => {
    const timelinePage = page(pages, 'timeline/');
    const drawing = select('.timeline-scale svg', timelinePage.tree)!;
    expect(drawing.properties.ariaHidden).toBe('true');
    expect(selectAll('.timeline-scale__break-label', drawing).map((t) => text(t))).toEqual(['50 years']);
    expect(selectAll('.timeline-scale__lane-label', drawing).map((t) => text(t))).toEqual(['Syria', 'Israel', 'United States', 'Other']);
    const drawn = new Set(selectAll('a', drawing).map((a) => String(a.properties.href)));
    expect(drawn).toEqual(new Set(selectAll('.timeline-item', timelinePage.tree).map((item) => `#${String(item.properties.id)}`)));
    expect(drawn.size).toBe(timeline.length);
    expect(selectAll('a', drawing).every((a) => a.properties.tabIndex === -1)).toBe(true);
    expect(text(select('.timeline-scale figcaption', timelinePage.tree))).toContain('The axis is cut where 50 years pass with no entry (January 1975 – November 2024).');
    // The list says it too, between the two years.
    const gap = select('p.timeline-gap', timelinePage.tree)!;
    expect(text(gap)).toBe('50 years pass with no entry (January 1975 – November 2024)');
    const order = selectAll('h2[id^="year-"], p.timeline-gap', timelinePage.tree).map((node) => text(node));
    expect(order.slice(0, 3)).toEqual(['1974', '50 years pass with no entry (January 1975 – November 2024)', '2024']);
  });

  it('links each date beside the text to the timeline and to its place in the text', () => {
    const intro = page(pages, `articles/${ARTICLE}/introduction/`);
    const dates = select('[aria-labelledby=notes-dates]', intro.tree)!;
    const links = selectAll('.note-list__links a', dates).map((a) => String(a.properties.href));
    expect(links).toContain('#date-2026-01-05--2026-01-06');
    expect(links.some((href) => href.startsWith(`${base}timeline/#event-2026-01-05--2026-01-06-`))).toBe(true);
  });
});
