/**
 * The people a text names in full, so that a later "Holt" or "Mr. Trump" becomes the fullest name the text
 * gives ("Dana Holt", "Donald J. Trump"): built once per document from every paragraph, before attribution.
 */
import { genderOfFirstName, HONORIFICS, isListedFirstName, isTitleWord, NOT_A_NAME, ORGANISATION_WORDS, PLACES, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, type Gender } from './lexicon.ts';
import { isOutlet } from './outlets.ts';
import { tokenize, type Token } from './tokens.ts';

interface KnownName {
  name: string;
  words: string[];
  count: number;
  gender?: Gender;
  /** The gender is known (an honorific, a listed first name), not guessed from how the first name ends. */
  sure: boolean;
}

const titleOrHonorific = (token: Token, index: number) => token.lower in HONORIFICS || isTitleWord(token.lower) || (index === 0 && ROLE_NOUNS.has(token.lower));

/** Whether a run of name words reads as a person's full name: two to four words, no organisation word. */
function looksLikePerson(words: readonly string[]): boolean {
  // Five words only with an initial, a particle or a suffix ("Luther Stan Pate IV"); "More Important Than Electing
  // Obama" is a title.
  if (words.length < 2 || words.length > 5 || (words.length === 5 && !words.some((w) => /^(?:\p{Lu}\.|al|el|bin|de|da|van|von|der|la|le|du|di|del|Jr\.?|Sr\.?|II|III|IV)$/u.test(w)))) return false;
  const last = words.at(-1)!.toLowerCase().replace(/\.$/, '');
  if (ORGANISATION_WORDS.has(last) || PLACES.has(last) || isOutlet(words.join(' '))) return false;
  return words.every((word) => !NOT_A_NAME.has(word.toLowerCase()) && !TITLE_WORDS.has(word.toLowerCase()));
}

export class NameBook {
  private readonly bySurname = new Map<string, KnownName[]>();
  private readonly byFirstName = new Map<string, KnownName[]>();
  /** Outlets the text names in full ("The Washington Post"), for completing "the Post". */
  private readonly outlets: string[] = [];
  /** Words the text capitalizes where no sentence begins: names, not sentence openers. */
  private readonly capitalizedInside = new Set<string>();

  /** Collects the full names of people in the paragraphs of a document (and the registry's, which come first). */
  constructor(paragraphs: readonly string[], registryNames: readonly string[] = []) {
    const counts = new Map<string, KnownName>();
    const add = (words: string[], gender: Gender | undefined, sure: boolean, weight = 1) => {
      if (!looksLikePerson(words)) return;
      const name = words.join(' ');
      const known = counts.get(name) ?? { name, words, count: 0, gender, sure };
      known.count += weight;
      if (sure && !known.sure) Object.assign(known, { gender, sure });
      known.gender ??= gender;
      counts.set(name, known);
    };
    for (const name of registryNames) add(name.split(/\s+/), genderOfFirstName(name.split(/\s+/)[0]!), isListedFirstName(name.split(/\s+/)[0]!), 1000);
    for (const paragraph of paragraphs) {
      const tokens = tokenize(paragraph, []);
      for (let i = 0; i < tokens.length; i++) {
        if (!isCapitalWord(tokens[i])) continue;
        const before = tokens[i - 1];
        if (before && !/^[.!?:;“"‘(—–-]$/.test(before.text) && before.kind !== 'quote') this.capitalizedInside.add(tokens[i]!.text);
        let end = i;
        while (isCapitalWord(tokens[end + 1]) || (isParticle(tokens[end + 1]) && isCapitalWord(tokens[end + 2]))) end++;
        const run = tokens.slice(i, end + 1);
        const written = run.map((t) => t.text).join(' ');
        // "The Washington Post" and "the Washington Post" are one outlet.
        const same = (outlet: string) => outlet.replace(/^The\s+/, '') === written.replace(/^The\s+/, '');
        if (run.length > 1 && isOutlet(written) && !this.outlets.some(same)) this.outlets.push(written);
        for (const inside of run.slice(1)) this.capitalizedInside.add(inside.text);
        const honorific = run.findLast((t) => t.lower in HONORIFICS);
        // "Navy SEAL Ty Woods": an acronym before a name is part of a title, never of the name.
        const coreStart = Math.max(run.findLastIndex(titleOrHonorific), run.slice(0, -1).findLastIndex((t) => /^\p{Lu}{2,}$/u.test(t.text))) + 1;
        // An initial ("James A. Baker") is a letter, not the article "a".
        // "Los Angeles-area Sanders supporters": a place made a modifier ends before the name.
        const modifier = run.findLastIndex((t) => /-(?:area|based|born|bred|raised|native)$/.test(t.lower));
        const core = run.slice(Math.max(coreStart, modifier + 1)).filter((t) => (!NOT_A_NAME.has(t.lower) && !SPEECH_VERBS.has(t.lower)) || isParticle(t) || /^\p{Lu}\.$/u.test(t.text));
        const byHonorific = honorific && HONORIFICS[honorific.lower]?.gender;
        const gender = byHonorific || genderOfFirstName(core[0]?.text ?? '');
        add(core.map((t) => t.text), gender, Boolean(byHonorific) || isListedFirstName(core[0]?.text ?? ''));
        i = end;
      }
    }
    for (const known of counts.values()) {
      // "Joseph R. Biden Jr." is filed under Biden.
      push(this.bySurname, known.words.findLast((word) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(word)) ?? known.words.at(-1)!, known);
      push(this.byFirstName, known.words[0]!, known);
    }
  }

  /**
   * Whether a phrase read as a name can be one: never a run of five capitals or more ("WASHINGTON"; "ESPN" may be); a single word that opens
   * its sentence ("Footage", "Losing") only when the text capitalizes it elsewhere or knows it as a name.
   */
  couldBeName(text: string, opensSentence: boolean): boolean {
    const words = text.split(/\s+/);
    if (words.every((word) => /^\p{Lu}{5,}$/u.test(word.replace(/[^\p{L}]/gu, '')))) return false;
    if (words.length > 1 || !opensSentence) return true;
    return this.capitalizedInside.has(text) || this.bySurname.has(text) || this.byFirstName.has(text);
  }

  /** A capitalized word that only ever opens sentences and is no first name: "Veterinarian", "Footage". */
  isSentenceOpener(word: string): boolean {
    return !this.capitalizedInside.has(word) && genderOfFirstName(word) === undefined && !this.byFirstName.has(word);
  }

  /** The fullest name the text gives an outlet it also names short: "the Post" → "The Washington Post". */
  expandOutlet(name: string): string {
    const last = name.split(/\s+/).at(-1)!;
    const fuller = this.outlets.filter((outlet) => outlet.endsWith(` ${last}`) && outlet.split(/\s+/).length > name.replace(/^the\s+/i, '').split(/\s+/).length);
    return fuller.length === 1 ? fuller[0]! : name;
  }

  /** Whether a name reads as a person's: a full name without an organisation's word, or one word that is no acronym. */
  isPerson(name: string): boolean {
    const words = name.split(/\s+/);
    if (words.length > 1) return looksLikePerson(words);
    // Nor an acronym ("NATO") or an abbreviation ("Ky.").
    return !/^\p{Lu}{2,}$/u.test(name) && !name.endsWith('.') && !ORGANISATION_WORDS.has(name.toLowerCase()) && !PLACES.has(name.toLowerCase());
  }

  /**
   * The full name a one-word name stands for ("Holt" → "Dana Holt"), gender-compatible: of several, the one
   * `latest` picks (the one the text spoke of last: "Vance" after Bill Vance), else the most frequent; the
   * name itself when the text gives no fuller one.
   */
  expand(name: string, gender?: Gender, latest?: (names: readonly string[]) => string | undefined): { name: string; expanded: boolean; gender?: Gender } {
    const words = name.split(/\s+/);
    if (words.length !== 1) return { name, expanded: false, gender };
    // "Mr. Karimi" is Mustafa Karimi, whatever the ending of "Mustafa" suggests.
    const fits = (known: KnownName) => !gender || !known.gender || known.gender === gender || !known.sure;
    // A surname first; a first name ("Hillary") only when it is one, so that "Trump" never becomes "Trump Tower".
    let candidates = (this.bySurname.get(name) ?? []).filter(fits);
    if (!candidates.length && genderOfFirstName(name)) candidates = (this.byFirstName.get(name) ?? []).filter(fits);
    // "Mr. Gao" after "Gao Weimin": a family name written first, with an honorific, when no one else bears the word.
    if (!candidates.length && gender !== undefined && !isListedFirstName(name)) {
      const familyFirst = (this.byFirstName.get(name) ?? []).filter((known) => fits(known) && known.words.length === 2);
      if (familyFirst.length === 1) candidates = familyFirst;
    }
    // Only between people the text surely names by first name ("Does Ruby" opening a question is no one).
    const people = candidates.filter((known) => genderOfFirstName(known.words[0]!) !== undefined);
    const recent = people.length > 1 ? latest?.(people.map((known) => known.name)) : undefined;
    const best = candidates.find((known) => known.name === recent) ?? candidates.sort((a, b) => b.count - a.count || b.words.length - a.words.length)[0];
    return best ? { name: best.name, expanded: true, gender: gender ?? best.gender } : { name, expanded: false, gender };
  }
}

function isCapitalWord(token: Token | undefined): token is Token {
  return token?.kind === 'word' && token.capital && !/^\p{N}/u.test(token.text);
}

function isParticle(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^(?:al|el|bin|ibn|de|da|van|von|der|la|le|du|di|del)$/.test(token.text);
}

function push(map: Map<string, KnownName[]>, key: string, value: KnownName): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
