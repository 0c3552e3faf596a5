import { describe, expect, it } from 'vitest';
import { gzippedSize, searchTerms, sectionText, termsJson } from '../../src/outputs/search-terms.ts';

const speakers = [
  { name: 'Thomas Barrack', aliases: ['US envoy Thomas Barrack', 'the US envoy', 'Barrack'] },
  { name: 'Asaad al-Shibani', aliases: ['al-Shibani', 'Syrian Foreign Minister'] },
];

describe('the dictionary of known terms', () => {
  it('lists the words of the speakers’ names and aliases first, once each, as the registry writes them', () => {
    expect(searchTerms(speakers, []).names).toEqual(['Thomas', 'Barrack', 'envoy', 'Asaad', 'Shibani', 'Syrian', 'Foreign', 'Minister']);
  });

  it('then the words of the texts, most frequent first, leaving out short words, function words and names', () => {
    const { words } = searchTerms(speakers, ['The corridor, the corridor and the talks.', 'Barrack said the talks on the corridor stalled in Suwayda.']);
    expect(words).toEqual(['corridor', 'talks', 'said', 'stalled', 'Suwayda']);
  });

  it('keeps each word in the form the texts mostly write where a capital tells something: not at a sentence’s start', () => {
    const { words } = searchTerms([], ['However, talks went on. In Quneitra, however, they stalled. “However” is not a name.', 'Quneitra fell.']);
    expect(words).toEqual(['however', 'Quneitra', 'fell', 'name', 'stalled', 'talks', 'went']);
  });

  it('drops the least frequent words until the dictionary fits its budget, gzipped', () => {
    const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
    const texts = Array.from({ length: 3000 }, (_, i) => `term${letters(i)} `.repeat(1 + (i % 5)));
    const full = searchTerms([], texts, Number.POSITIVE_INFINITY);
    const fitted = searchTerms([], texts, 4096);
    expect(gzippedSize(termsJson(fitted))).toBeLessThanOrEqual(4096);
    expect(fitted.words.length).toBeLessThan(full.words.length);
    expect(fitted.words).toEqual(full.words.slice(0, fitted.words.length));
  });

  it('gives the same bytes for the same content', () => {
    const texts = ['Talks on the corridor.', 'The corridor talks.'];
    expect(termsJson(searchTerms(speakers, texts))).toBe(termsJson(searchTerms(speakers, [...texts])));
  });
});

describe('the readable text of a section file', () => {
  it('leaves out the frontmatter, components’ tags, comments and link targets', () => {
    const mdx = '---\ntitle: Talks\n---\n\nThe [envoy](https://example.org/envoy) spoke.\n\n<Figure credit="GPO">\n  A caption\n</Figure>\n{/* a note */}\n';
    expect(sectionText(mdx).split(/\s+/).filter(Boolean)).toEqual(['The', '[envoy]', 'spoke.', 'A', 'caption']);
  });
});
