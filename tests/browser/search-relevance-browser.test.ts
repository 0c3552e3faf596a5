/**
 * Relevance on the seed text, as a student searches it: names, misspellings, aliases, topics, dates and phrases
 * in quotation marks, each with what must be among the first three results the search page shows (a result
 * counts when its link's address matches). Run in Chromium on the built site, through the page itself, so the
 * spelling corrections, the speakers moved first for their names and the quotations shown on their own count.
 */
import { describe, expect, inject, it } from 'vitest';
import { answerRank, searchSeen } from '../../scripts/bench/bench-search.ts';
import { browserOnSite } from '../helpers/browser.ts';

const ARTICLE = '/articles/syria-israel-fifth-round/';
const speaker = (id: string) => new RegExp(`^/speakers/${id}/$`);
const section = (slug: string) => new RegExp(`^${ARTICLE}${slug}/$`);
/** A quotation's place in the text, by the first words of its id. */
const quotation = (slug: string, start: string) => new RegExp(`^${ARTICLE}${slug}/#q-${start}`);
/** Any of the sections. */
const sections = (...slugs: string[]) => new RegExp(`^${ARTICLE}(?:${slugs.join('|')})/`);

const INTRODUCTION = 'introduction';
const FALTERING = 'a-faltering-track-amid-unrelenting-aggression';
const MECHANISM = 'joint-coordination-mechanism';
const AGREEMENT = 'agreement-or-normalization';

/** [what the student types (or the search's address), what must be in the top three, a speaker first for their name] */
const CASES: [string, RegExp, 'first'?][] = [
  // Names: a speaker's page first.
  ['Thomas Barrack', speaker('thomas-barrack'), 'first'],
  ['Barrack', speaker('thomas-barrack'), 'first'],
  ['al-Shibani', speaker('asaad-al-shibani'), 'first'],
  ['Ahmad al-Sharaa', speaker('ahmad-al-sharaa'), 'first'],
  ['Trump', speaker('donald-trump'), 'first'],
  ['Firas Allawi', speaker('firas-allawi'), 'first'],
  ['Khalifa', speaker('darwish-khalifa'), 'first'],
  ['Axios', speaker('axios'), 'first'],
  ['Syrian government', speaker('syrian-government'), 'first'],
  ['The Jerusalem Post', speaker('the-jerusalem-post'), 'first'],
  ['Syrian Network for Human Rights', speaker('syrian-network-for-human-rights'), 'first'],
  ['Netanyahu', speaker('netanyahu-office')],
  // Misspellings: corrected, and found.
  ['Barack', speaker('thomas-barrack'), 'first'],
  ['Tomas Barak', speaker('thomas-barrack'), 'first'],
  ['humanitarian coridor', sections(INTRODUCTION, FALTERING)],
  ['joint statment', speaker('joint-statement')],
  ['Shibany', speaker('asaad-al-shibani'), 'first'],
  ['Sharra', speaker('ahmad-al-sharaa'), 'first'],
  ['Suwaida', sections(INTRODUCTION, FALTERING)],
  ['Kuneitra', section(MECHANISM)],
  ['Alawi', speaker('firas-allawi')],
  ['Kalifa', speaker('darwish-khalifa')],
  ['Netanyahoo', speaker('netanyahu-office')],
  ['normalisation', section(AGREEMENT)],
  ['brekthrough', quotation(MECHANISM, 'breakthrough')],
  ['ceasfire', section(FALTERING)],
  // Aliases and roles: the speaker, and in the quotations' own search, their quotations.
  ['the US envoy', speaker('thomas-barrack'), 'first'],
  ['special envoy', speaker('thomas-barrack')],
  ['Damascus', speaker('syrian-government'), 'first'],
  ['Syrian Foreign Minister', speaker('asaad-al-shibani'), 'first'],
  ['Syrian President', speaker('ahmad-al-sharaa'), 'first'],
  ['Washington', speaker('us-government'), 'first'],
  ['the formal communiqué', speaker('joint-statement')],
  ['type=Quotation&q=the+US+envoy', quotation(MECHANISM, 'breakthrough|a-strong-mutual|both-parties')],
  ['type=Quotation&q=Syrian+Foreign+Minister', quotation(FALTERING, 'we-do-not-pursue')],
  ['type=Quotation&q=Barrack', quotation(MECHANISM, 'breakthrough|a-strong-mutual|both-parties')],
  // Topics.
  ['stalling', quotation(AGREEMENT, 'technical-stalling-tactics')],
  ['breakthrough', quotation(MECHANISM, 'breakthrough')],
  ['normalization', section(AGREEMENT)],
  ['ceasefire', section(FALTERING)],
  ['Abraham Accords', sections(FALTERING, AGREEMENT)],
  ['operations room', section(AGREEMENT)],
  ['Druze', sections(INTRODUCTION, AGREEMENT)],
  ['civilian cooperation', section(MECHANISM)],
  ['demilitarized zone', section(INTRODUCTION)],
  ['airstrikes', section(FALTERING)],
  ['Quneitra', section(MECHANISM)],
  ['type=Claim&q=normalization', /#claim-(?:allawi|media-security|noon-post-first-public)/],
  ['speaker=Thomas+Barrack&type=Quotation&q=desire', quotation(MECHANISM, 'a-strong-mutual-desire')],
  // Dates, as the text writes them.
  ['1974', sections(INTRODUCTION, MECHANISM, AGREEMENT)],
  ['December 8, 2024', sections(INTRODUCTION, MECHANISM)],
  ['January 5', sections(INTRODUCTION, MECHANISM)],
  ['July 19, 2025', section(FALTERING)],
  ['November 2025', section(FALTERING)],
  // Phrases in quotation marks.
  ['"technical stalling tactics"', quotation(AGREEMENT, 'technical-stalling-tactics')],
  ['"joint coordination mechanism"', section(MECHANISM)],
  ['"honest and robust dialogue"', quotation(FALTERING, 'honest-and-robust-dialogue')],
  ['"path to prosperity"', quotation(FALTERING, 'path-to-prosperity')],
  ['"expansionist mindset"', quotation(AGREEMENT, 'expansionist-mindset')],
  ['"joint statment"', speaker('joint-statement')],
];

/** A case's search address: a bare query is the field's text. */
const paramsOf = (input: string) => (/^[a-z]+=/.test(input) ? input : `q=${encodeURIComponent(input)}`);

describe('relevance of search on the seed text, in Chromium', () => {
  const { base, outDir } = inject('builds').root;
  const running = browserOnSite({ base, outDir });

  it(`has at least 40 queries of our own`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('“%s” shows %s among its first three results', async (input, expected, rank) => {
    const page = await running.browser.newPage();
    const seen = await searchSeen(page, running.site.url, paramsOf(input));
    await page.close();
    const found = answerRank(seen.urls, expected, rank === 'first' ? 1 : 3);
    expect(found, `for “${input}” the first results were:\n  ${seen.urls.slice(0, 3).join('\n  ')}\n(${seen.suggestion || 'no correction'}; ${seen.status})`).not.toBeNull();
  });

  it('says which query it showed results for when it corrected one', async () => {
    const page = await running.browser.newPage();
    const seen = await searchSeen(page, running.site.url, 'q=Tomas+Barak');
    await page.close();
    expect(seen.suggestion).toBe('Showing results for Thomas Barrack · Search instead for Tomas Barak');
  });

  it('finds only what is about normalization for “normalization”: no quotation merely in a section of that title', async () => {
    const page = await running.browser.newPage();
    const all = await searchSeen(page, running.site.url, 'q=normalization');
    const quotations = await searchSeen(page, running.site.url, 'type=Quotation&q=normalization');
    await page.close();
    expect(all.urls).toEqual([`${ARTICLE}${AGREEMENT}/`, '/speakers/unnamed-media-outlets/']);
    expect(quotations.urls).toEqual([]);
  });
});
