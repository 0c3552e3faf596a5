/** The attribution module's parts on their own: tokens, the name book, outlets. Sentences are our own. */
import { describe, expect, it } from 'vitest';
import { NameBook } from '../../src/text/attribution/name-book.ts';
import { isOutlet } from '../../src/text/attribution/outlets.ts';
import { tokenize } from '../../src/text/attribution/tokens.ts';

const words = (text: string, quotes: { start: number; end: number }[] = []) => tokenize(text, quotes).map((t) => `${t.kind}:${t.text}`);

describe('tokens', () => {
  it('keeps honorifics, initials and state abbreviations whole, and ends a sentence’s last word without its full stop', () => {
    expect(words('Sen. J.K. Marsh of Millbrook, Vt., spoke to Dr. Okafor.')).toEqual([
      'word:Sen.', 'word:J.K.', 'word:Marsh', 'word:of', 'word:Millbrook', 'punct:,', 'word:Vt.', 'punct:,', 'word:spoke', 'word:to', 'word:Dr.', 'word:Okafor', 'punct:.',
    ]);
  });

  it('sets possessives apart, including the bare apostrophe after an s', () => {
    expect(words('Smith’s aide and the Sanders’ campaign')).toEqual(['word:Smith', 'possessive:’s', 'word:aide', 'word:and', 'word:the', 'word:Sanders', 'possessive:’', 'word:campaign']);
  });

  it('makes each quotation one token, so rules see where quoted words stood', () => {
    const text = 'She said “we will win,” and left.';
    const start = text.indexOf('“');
    expect(words(text, [{ start, end: text.indexOf('”') + 1 }])).toEqual(['word:She', 'word:said', 'quote:“we will win,”', 'word:and', 'word:left', 'punct:.']);
  });
});

describe('the name book', () => {
  const book = new NameBook([
    'Rep. Dana Holt met Joseph R. Biden Jr. and Hillary Okoye on Monday.',
    'Later, Holt and Biden spoke. Footage of the meeting was released.',
  ]);

  it('expands a surname to the fullest name the text gives, filed under the surname before a suffix', () => {
    expect(book.expand('Holt')).toMatchObject({ name: 'Dana Holt', expanded: true });
    expect(book.expand('Biden')).toMatchObject({ name: 'Joseph R. Biden Jr.', expanded: true });
    expect(book.expand('Hillary')).toMatchObject({ name: 'Hillary Okoye', expanded: true });
    // A full name stays as it is; an unknown word too.
    expect(book.expand('Ruth Kane')).toEqual({ name: 'Ruth Kane', expanded: false, gender: undefined });
    expect(book.expand('Marsh')).toMatchObject({ name: 'Marsh', expanded: false });
  });

  it('keeps the gender an honorific gives: Mrs. Holt is not Dana Holt when Dana is a man', () => {
    const families = new NameBook(['Mr. Dana Holt and Mrs. Alma Holt arrived.']);
    expect(families.expand('Holt', 'f').name).toBe('Alma Holt');
    expect(families.expand('Holt', 'm').name).toBe('Dana Holt');
  });

  it('tells a name opening a sentence from a common word that only ever opens one', () => {
    expect(book.couldBeName('Holt', true)).toBe(true);
    expect(book.couldBeName('Footage', true)).toBe(false);
    expect(book.couldBeName('Footage', false)).toBe(true);
    expect(book.couldBeName('WASHINGTON', false)).toBe(false);
  });

  it('reads people apart from organisations and places', () => {
    expect(book.isPerson('Dana Holt')).toBe(true);
    expect(book.isPerson('Gale University')).toBe(false);
    expect(book.isPerson('Brightwell Dairies')).toBe(false);
    expect(book.isPerson('New Hampshire')).toBe(false);
    expect(book.isPerson('NATO')).toBe(false);
  });
});

describe('outlets', () => {
  it('knows outlets by name and by shape, and takes a lowercase description for none', () => {
    for (const outlet of ['Reuters', 'Fox News', 'The Harbour Gazette', 'the Post', 'KTLA-TV', 'Twitter']) expect(isOutlet(outlet), outlet).toBe(true);
    for (const other of ['the post', 'the journal', 'Dana Holt', 'Ministry of Transport']) expect(isOutlet(other), other).toBe(false);
  });
});
