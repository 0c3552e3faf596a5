import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/spelling/edit-distance.ts';
import { soundKey } from '../../src/text/spelling/sound-key.ts';
import { closestTerms, correctQuery, maxEdits, termIndex } from '../../src/text/spelling/suggest-query.ts';
import { heldWords, queryTerms, termKey, wordsIn } from '../../src/text/spelling/term-words.ts';

describe('edit distance (optimal string alignment)', () => {
  it.each([
    ['statment', 'statement', 1],
    ['barack', 'barrack', 1],
    ['suwaida', 'suwayda', 1],
    ['coridor', 'corridor', 1],
    ['teh', 'the', 1],
    ['shibany', 'shibani', 1],
    ['kuneitra', 'quneitra', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
    ['ca', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('counts a swap of two neighbouring letters as one edit, not two', () => {
    expect(editDistance('normalziation', 'normalization')).toBe(1);
  });

  it('stops as soon as the distance must pass the threshold, and says so with threshold + 1', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('short', 'a much longer word', 2)).toBe(3);
    expect(editDistance('barack', 'barrack', 1)).toBe(1);
  });
});

describe('sound keys', () => {
  it.each([
    ['Barrack', 'Barak'],
    ['Quneitra', 'Kuneitra'],
    ['Shibani', 'Shaybani'],
    ['Suwayda', 'Suwaida'],
    ['Philip', 'Filip'],
  ])('%s sounds like %s', (a, b) => expect(soundKey(a)).toBe(soundKey(b)));

  it.each([
    ['Barrack', 'Damascus'],
    ['Ali', 'Li'],
    ['Trump', 'Turkey'],
  ])('%s does not sound like %s', (a, b) => expect(soundKey(a)).not.toBe(soundKey(b)));

  it('ignores case and accents, and gives a word without letters no sound', () => {
    expect(soundKey('GOFMÁN')).toBe(soundKey('gofman'));
    expect(soundKey('1974')).toBe('');
  });
});

describe('the words of a query and of a text', () => {
  it('takes runs of letters, so a hyphenated name is two words and a possessive drops its ’s', () => {
    expect(wordsIn('al-Shibani’s “breakthrough,” 1974').map((w) => w.word)).toEqual(['al', 'Shibani', 's', 'breakthrough']);
    expect(termKey('Gofmán')).toBe('gofman');
  });

  it('corrects only words long enough and not function words', () => {
    expect(queryTerms('the US envoy and al-Sharaa')).toEqual(['envoy', 'sharaa']);
  });

  it('holds a query’s word when a text has it, a word it begins, or a word of the same stem', () => {
    const texts = ['Israel is employing technical stalling tactics in the negotiations'];
    expect([...heldWords('stall negotiating', texts)]).toEqual(['stall', 'negotiating']);
  });

  it('does not hold a word a text shares only a short start with, which Pagefind falls back on', () => {
    expect(heldWords('joint statment', ['a joint statement was issued']).has('statment')).toBe(false);
    expect(heldWords('humanitarian coridor', ['a humanitarian corridor into Suwayda']).has('coridor')).toBe(false);
  });
});

const terms = termIndex({
  names: ['Thomas', 'Barrack', 'Asaad', 'Shibani', 'Ahmad', 'Sharaa', 'Syrian', 'Foreign', 'Minister', 'envoy'],
  words: ['Syria', 'talks', 'agreement', 'security', 'statement', 'corridor', 'humanitarian', 'Suwayda', 'Quneitra', 'share', 'shared', 'states', 'station'],
});

describe('the closest known terms', () => {
  it('allows more edits in longer words', () => {
    expect([3, 4, 5, 8, 9, 14].map(maxEdits)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('finds a name one letter away', () => {
    expect(closestTerms('Barack', terms)).toEqual(['Barrack']);
    expect(closestTerms('Shibany', terms)).toEqual(['Shibani']);
  });

  it('takes a name that sounds like the word over a word as close that does not', () => {
    expect(closestTerms('Kuneitra', terms)).toEqual(['Quneitra']);
    expect(closestTerms('Shaybani', terms)).toEqual(['Shibani']);
    expect(closestTerms('Sharea', terms)).toEqual(['Sharaa']);
  });

  it('lists every term as close, in the dictionary’s order (names, then the most frequent words)', () => {
    expect(closestTerms('sharee', terms)).toEqual(['share', 'shared']);
  });

  it('finds nothing for a word far from every term, or one it knows', () => {
    expect(closestTerms('xylophone', terms)).toEqual([]);
    expect(closestTerms('Barrack', terms)).toEqual([]);
  });
});

describe('correcting a query', () => {
  it('replaces each unknown word by its closest term and keeps the rest as typed', () => {
    expect(correctQuery('Barack', terms)).toEqual({ query: 'Barrack', alternatives: [] });
    expect(correctQuery('humanitarian coridor', terms)).toEqual({ query: 'humanitarian corridor', alternatives: [] });
    expect(correctQuery('joint statment', terms)?.query).toBe('joint statement');
    expect(correctQuery('Thomas Barack’s envoy', terms)?.query).toBe('Thomas Barrack’s envoy');
  });

  it('keeps quotation marks, hyphens and the reader’s capital', () => {
    expect(correctQuery('"joint statment"', terms)?.query).toBe('"joint statement"');
    expect(correctQuery('al-Shibany', terms)?.query).toBe('al-Shibani');
    expect(correctQuery('Statment', terms)?.query).toBe('Statement');
  });

  it('offers the other readings as close for "Did you mean …"', () => {
    expect(correctQuery('sharee talks', terms)).toEqual({ query: 'share talks', alternatives: ['shared talks'] });
  });

  it('leaves a word the index was found to hold, and says nothing when nothing is to be corrected', () => {
    expect(correctQuery('Gofman statment', terms, new Set(['gofman']))?.query).toBe('Gofman statement');
    expect(correctQuery('Barrack talks', terms)).toBeUndefined();
    expect(correctQuery('xylophone', terms)).toBeUndefined();
    expect(correctQuery('the', terms)).toBeUndefined();
  });
});
