/**
 * Speaker phrases with their real boundaries, read from the tokens around a cue: names behind their titles and
 * honorifics ("committee Chairman Rep. Dana Holt (R-Iowa)" → Dana Holt), titles before names ("CNN anchor Lee
 * Park" → Lee Park), appositions ("Ann Vale, director of …, said" → Ann Vale), possessives ("Smith's former
 * campaign manager" is a description, not "Smith's"), coordinated speakers ("Kane and Park"), pronouns, and
 * descriptions ("the governor", "White House officials", "a spokesman for the campaign").
 */
import {
  BETWEEN_SUBJECT_AND_CUE,
  DASHES,
  isTitleWord,
  STANDS_FOR_SOMEONE,
  DETERMINERS,
  genderOfFirstName,
  GENDERED_ROLES,
  HONORIFICS,
  NOT_A_NAME,
  ORGANISATION_WORDS,
  PHRASE_BOUNDARY,
  PLACES,
  THING_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  ROLE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLE_WORDS,
  type Gender,
} from './lexicon.ts';
import { isOutlet } from './outlets.ts';
import type { Token } from './tokens.ts';
import { MONTH_NAMES } from '../../model/iso-date.ts';

export interface SpeakerPhrase {
  kind: 'name' | 'pronoun' | 'description';
  /** Offsets of the whole phrase as written, titles and appositions included. */
  start: number;
  end: number;
  /** The name without titles ("Dana Holt"), the pronoun, or the description as written. */
  text: string;
  /** Role words the phrase gives its person: "governor" from "Gov.", "anchor" from "CNN anchor". */
  roles: string[];
  gender?: Gender;
  /** For a description: its head noun ("governor") and whether it is definite ("the governor"). */
  head?: string;
  definite?: boolean;
  /** Each person of a coordinated subject ("Kane and Park"). */
  members?: SpeakerPhrase[];
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'du', 'di', 'del', 'della', 'dos', 'abu', 'bint', 'ben', 'st']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const DAYS_AND_MONTHS = new RegExp(`^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTH_NAMES.join('|').toLowerCase()})$`);
/** A party tag written without parentheses: "R-Fla.", "D-Ore", "I-Vt." */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;
/** Roles that serve someone, written with "to": "an adviser to the senator", "the envoy to Syria". */
const SERVES_SOMEONE = new Set(['adviser', 'advisor', 'aide', 'assistant', 'envoy', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'counsel', 'consultant', 'successor', 'heir', 'secretary', 'deputy', 'lawyer', 'attorney', 'friend', 'confidant', 'donor', 'ally']);
const servesSomeone = (head: string | undefined) => head !== undefined && (SERVES_SOMEONE.has(head) || SERVES_SOMEONE.has(head.replace(/s$/, '')));
/** Adjectives that tie a source to what it knows: "close to", "familiar with", "involved in". */
const RELATING_ADJECTIVES = new Set(['close', 'familiar', 'involved', 'briefed', 'knowledgeable', 'loyal', 'opposed', 'aligned', 'allied', 'tied', 'connected', 'linked', 'sympathetic', 'friendly']);
/** A description whose head is written in lowercase: "a spokesman", not the title "Speaker". */
const LOWERCASE_HEAD = /(?:^|\s)\p{Ll}\S*$/u;

const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';
const isHonorific = (token: Token) => token.lower in HONORIFICS && (token.text.endsWith('.') || /^(?:Mr|Mrs|Ms|Dr|Miss|Sir|Dame)$/.test(token.text));
/** A title, also hyphenated: "Editor-in-Chief", "Co-anchor", "Vice-President". */
const isTitle = (token: Token) => isHonorific(token) || isTitleWord(token.lower);
/** A word that can stand in a name: capitalized, an initial, or a particle between capitalized words. */
const isNameWord = (token: Token | undefined): token is Token =>
  isWord(token) &&
  (token.capital || /^(?:al|el|bin|ibn|abu|ad|as|ash|an)-\p{Lu}/u.test(token.text)) &&
  !/^\p{N}/u.test(token.text) &&
  !/^I['’]/u.test(token.text) &&
  // "Slovenia-born", "Texas-based": adjectives made from names.
  !/-(?:born|based|area|led|backed|owned|style|era|like|funded|controlled|made|bred|raised)$/i.test(token.text);

function roleOf(word: string): string {
  return HONORIFICS[word]?.role ?? word;
}

/**
 * Reads a run of capitalized tokens `from`..`to` (inclusive) as a name: the titles before it become roles, and
 * the name is what follows the last title. Undefined when nothing of a name is left ("The President").
 */
function nameFromRun(tokens: readonly Token[], from: number, runTo: number): SpeakerPhrase | undefined {
  let to = runTo;
  let first = from;
  // "Continued Stone": a sentence may open with a capitalized verb or common word before the name.
  while (first <= to && ((NOT_A_NAME.has(tokens[first]!.lower) && !isHonorific(tokens[first]!)) || SPEECH_VERBS.has(tokens[first]!.lower))) first++;
  // "The Times": an outlet keeps the article its name begins with.
  const article = tokens[from - 1];
  if (article?.lower === 'the' && first === from && isOutlet(`The ${textOf(tokens, from, to)}`)) {
    return { kind: 'name', start: article.start, end: tokens[to]!.end, text: `${article.text} ${textOf(tokens, from, to)}`, roles: [] };
  }
  if (first > to) return undefined;
  // "The National Rifle Association", "Ministry of Transport": an organisation keeps its whole name; but in
  // "Prof. Ada Whitcombe of Ashdown University" the organisation is the person's.
  const ofAt = tokens.slice(first, to + 1).findIndex((t) => t.lower === 'of') + first;
  const personBeforeOf = ofAt > first && tokens.slice(first, ofAt).some((t) => isHonorific(t) || genderOfFirstName(t.text) !== undefined);
  const organisation = ORGANISATION_WORDS.has(tokens[to]!.lower) || (ofAt > first && ORGANISATION_WORDS.has(tokens[ofAt - 1]!.lower));
  if (organisation && to > first && !personBeforeOf) {
    return { kind: 'name', start: tokens[first]!.start, end: tokens[to]!.end, text: textOf(tokens, first, to), roles: [] };
  }
  // Titles stand before the name ("Ohio Gov. John Kasich", "Former Supreme Court Justice Miriam Oduya"); once
  // the name has begun, a title word is part of it ("Peter T. King", "Martin Luther King").
  let lastTitle = -1;
  for (let i = first; i <= to; i++) {
    const title = isTitle(tokens[i]!) || (i === first && ROLE_NOUNS.has(tokens[i]!.lower));
    // "Secretary of State": "of" belongs to a title only right after one.
    if (title || (tokens[i]!.lower === 'of' && i === lastTitle + 1 && lastTitle >= 0)) lastTitle = i;
    // A first name or an initial begins the name: "Representative Peter T. King"; "Supreme Court Justice" goes on.
    else if (lastTitle >= 0 && (genderOfFirstName(tokens[i]!.text) !== undefined || /^\p{Lu}\.$/u.test(tokens[i]!.text))) break;
  }
  if (lastTitle === to && to > first && !isTitle(tokens[first]!)) lastTitle = -1;
  // "Secretary of State John Kerry": "of" and what follows it up to the next capital belong to the title.
  let core = lastTitle + 1 > first ? lastTitle + 1 : first;
  while (core <= to && (NOT_A_NAME.has(tokens[core]!.lower) || PARTICLES.has(tokens[core]!.lower))) core++;
  // "The US welcomed": an abbreviation standing alone is the name of a country or an organisation.
  if (core > to && /^(?:\p{Lu}\.?){2,}$/u.test(tokens[to]!.text)) return { kind: 'name', start: tokens[to]!.start, end: tokens[to]!.end, text: tokens[to]!.text, roles: [] };
  if (core > to) return undefined;
  // "Peter T. King of New York": what follows "of" is the person's place or organisation.
  const of = tokens.slice(core, to + 1).findIndex((t) => t.lower === 'of');
  if (of > 0) to = core + of - 1;
  let last = to;
  while (last > core && SUFFIXES.has(tokens[last]!.lower) === false && tokens[last]!.kind !== 'word') last--;
  const roles: string[] = [];
  let gender: Gender | undefined;
  for (let i = first; i < core; i++) {
    const token = tokens[i]!;
    if (isHonorific(token)) {
      const info = HONORIFICS[token.lower]!;
      if (info.role) roles.push(info.role);
      gender ??= info.gender;
    } else if (TITLE_WORDS.has(token.lower)) {
      roles.push(roleOf(token.lower));
      gender ??= GENDERED_ROLES[token.lower];
    }
  }
  gender ??= genderOfFirstName(tokens[core]!.text);
  return {
    kind: 'name',
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    text: textOf(tokens, core, last),
    roles,
    gender,
  };
}

/** The words of tokens `from`..`to` as written, without a nickname in quotation marks ("Warren “Buck” Tillman"). */
function textOf(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let i = from; i <= to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'quote') continue;
    const gap = text && token.start > tokens[i - 1]!.end ? ' ' : '';
    text += gap + token.text;
  }
  return text;
}

/** A nickname in quotation marks between two names: “Buck” in Warren “Buck” Tillman. */
export const isNickname = (tokens: readonly Token[], index: number) =>
  tokens[index]?.kind === 'quote' && /^.\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?.$/u.test(tokens[index]!.text) && isNameWord(tokens[index - 1]) && isNameWord(tokens[index + 1]);

/** Index of the first token of the capitalized run ending at `end`, letting particles and "of" sit inside it. */
function runStart(tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0) {
    const previous = tokens[start - 1]!;
    if (isNameWord(previous) && !NOT_A_NAME.has(previous.lower)) start--;
    else if (isHonorific(previous)) start--;
    else if (isNickname(tokens, start - 1)) start--;
    else if (/^\p{N}+(?:st|nd|rd|th)$/u.test(previous.text) && isTitle(tokens[start]!) && isNameWord(tokens[start - 2])) start--;
    else if (isWord(previous) && (PARTICLES.has(previous.lower) || previous.lower === 'of') && isNameWord(tokens[start - 2]) && !NOT_A_NAME.has(tokens[start - 2]!.lower)) start -= 2;
    else break;
  }
  return start;
}

/** Index just past the capitalized run starting at `start`. */
function runEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  while (end < tokens.length) {
    const token = tokens[end]!;
    if (isNameWord(token) && (end === start || !NOT_A_NAME.has(token.lower) || isHonorific(token))) end++;
    else if (end > start && isNickname(tokens, end)) end++;
    // "Air Force 1st Lt. Tyler Livingston": an ordinal before a rank.
    else if (end > start && /^\p{N}+(?:st|nd|rd|th)$/u.test(token.text) && tokens[end + 1] && isTitle(tokens[end + 1]!)) end++;
    else if (isWord(token) && (PARTICLES.has(token.lower) || SUFFIXES.has(token.lower) || token.lower === 'of') && end > start && isNameWord(tokens[end + 1])) end++;
    else if (isWord(token) && SUFFIXES.has(token.lower) && end > start) end++;
    else break;
  }
  return end;
}

/** Skips a parenthesis that closes at `index` ("(R-Iowa)"), returning the index before its opening. */
function skipParenthesisBack(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== ')') return index;
  for (let i = index - 1; i >= 0 && i > index - 12; i--) if (tokens[i]!.text === '(') return i - 1;
  return index;
}

/** A comma-closed insert right before `index` (", director of the Center,"), returning the index before it. */
function skipAppositionBack(tokens: readonly Token[], index: number): { before: number; roles: string[] } | undefined {
  if (tokens[index]?.text !== ',') return undefined;
  // ", R-Pa.,": a party tag set off by commas.
  if (PARTY_TAG.test(tokens[index - 1]?.text ?? '') && tokens[index - 2]?.text === ',') return { before: index - 3, roles: [] };
  // A relative clause runs to the cue, whatever commas it holds: ", whose hometown, Miami, is …, argues".
  const relative = tokens.slice(Math.max(0, index - 45), index).findIndex((t, i, all) => t.text === ',' && ['who', 'whose', 'which'].includes(all[i + 1]?.lower ?? '') && !all.slice(i).some((u) => u.kind === 'quote' || u.text === ';' || u.text === ':'));
  if (relative >= 0) {
    const comma = Math.max(0, index - 45) + relative;
    if (!speaksIn(tokens.slice(comma + 2, index))) return { before: comma - 1, roles: [] };
  }
  // The insert may hold commas of its own (", a pastor at a church in Elizabeth, Colorado,"): back from comma
  // to comma until one opens an insert.
  for (let i = index - 1; i >= 0 && i > index - 45; i--) {
    const token = tokens[i]!;
    if (token.kind === 'quote' || token.text === ';' || token.text === ':') return undefined;
    if (token.text !== ',') continue;
    const inner = tokens.slice(i + 1, index);
    const opener = inner[0];
    if (!opener || opener.kind !== 'word') return undefined;
    if (opener.capital && !isTitle(opener) && inner[1]?.kind !== 'possessive' && !DETERMINERS.has(opener.lower) && opener.lower !== 'who') {
      // ", Colorado,": the state after a town, part of a longer insert.
      if (inner.every((t) => t.text === ',' || isNameWord(t)) && PLACES.has(inner.at(-1)!.lower)) continue;
      return undefined;
    }
    // ", a senior fellow at …,", ", 52,", ", who …,", ", Sanders' campaign manager,"
    // ", Gov. John Kasich (R-OH), said": a title with its name is the subject itself, not an insert.
    const titledName = opener.capital && isTitle(opener) && !inner.some((t) => t.lower === 'of') && isNameWord(inner.filter((t) => t.text !== '(' && t.text !== ')' && !/^[A-Z]-/.test(t.text)).at(-1));
    const appositive = !titledName && (DETERMINERS.has(opener.lower) || !opener.capital || isTitle(opener) || /^\p{N}/u.test(opener.text) || opener.lower === 'who' || inner[1]?.kind === 'possessive');
    // An insert may open with a participle ("asked about …", "speaking at …") but holds no other speech verb.
    if (!appositive || speaksIn(inner.slice(1))) return undefined;
    return { before: i - 1, roles: appositionRoles(inner) };
  }
  return undefined;
}

/** Whether the words hold a speech verb, besides "spoke on condition of anonymity", which says how, not what. */
function speaksIn(words: readonly Token[]): boolean {
  return words.some((t, i) => isWord(t) && SPEECH_VERBS.has(t.lower) && !(/^(?:spoke|speaking)$/.test(t.lower) && words[i + 1]?.lower === 'on' && ['condition', 'the'].includes(words[i + 2]?.lower ?? '')));
}

/** The role words of an apposition: "the New Jersey governor" → governor; "vice chairwoman for …" → chairwoman. */
function appositionRoles(inner: readonly Token[]): string[] {
  const cut = inner.findIndex((t, i) => i > 0 && (ROLE_PREPOSITIONS.has(t.lower) || t.text === ',' || t.lower === 'who'));
  const head = inner.slice(0, cut < 0 ? inner.length : cut).filter(isWord);
  const last = head.at(-1);
  return last && !last.capital ? [last.lower] : head.filter((t) => TITLE_WORDS.has(t.lower)).map((t) => t.lower);
}

/** A pronoun phrase at `index`. */
function pronounAt(tokens: readonly Token[], index: number): SpeakerPhrase | undefined {
  const token = tokens[index];
  if (!isWord(token) || !(token.lower in PRONOUNS) || token.lower === 'it' && tokens[index + 1]?.lower === 'is') return undefined;
  return { kind: 'pronoun', start: token.start, end: token.end, text: token.lower === 'i' ? 'I' : token.lower, roles: [] };
}

/** Reads a description back from its head noun at `end`: "a senior Cruz adviser", "White House officials". */
function descriptionBack(tokens: readonly Token[], end: number): SpeakerPhrase | undefined {
  const head = tokens[end]!;
  // "the retired surgeon", "Lund’s introducer": a determiner or a possessive before the noun.
  const determined = [1, 2, 3].some((back) => ((isWord(tokens[end - back]) && DETERMINERS.has(tokens[end - back]!.lower)) || (tokens[end - back]?.kind === 'possessive' && back === 1)) && tokens.slice(end - back + 1, end).every((t) => t.kind === 'possessive' || (isWord(t) && !PHRASE_BOUNDARY.has(t.lower))));
  const age = /^\p{N}+-year-old$/u.test(head.lower);
  if (!ROLE_NOUNS.has(head.lower) && !age && !(determined && /^\p{Ll}[\p{Ll}-]+$/u.test(head.text) && !PHRASE_BOUNDARY.has(head.lower))) return undefined;
  let start = end;
  let definite = false;
  const roles = [head.lower];
  while (start > 0 && end - start < 9) {
    const previous = tokens[start - 1]!;
    if (previous.kind === 'possessive') {
      start--;
      continue;
    }
    if (!isWord(previous)) break;
    if (DETERMINERS.has(previous.lower)) {
      start--;
      // "his physician" is someone else: only "the", "this" and "that" make a description stand for a person named before.
      definite = ['the', 'this', 'that'].includes(previous.lower);
      break;
    }
    // "The Democratic front-runner and former secretary of state": two roles of one person.
    const roleBefore = tokens[start - 2];
    if (previous.lower === 'and' && isWord(roleBefore) && !roleBefore.capital && (ROLE_NOUNS.has(roleBefore.lower) || TITLE_WORDS.has(roleBefore.lower))) {
      roles.push(roleBefore.lower);
      start -= 2;
      continue;
    }
    if (PHRASE_BOUNDARY.has(previous.lower) || SPEECH_VERBS.has(previous.lower) || previous.lower.endsWith('ly')) break;
    if (previous.capital && NOT_A_NAME.has(previous.lower)) break;
    start--;
  }
  return {
    kind: 'description',
    start: tokens[start]!.start,
    end: head.end,
    text: textOf(tokens, start, end),
    roles,
    head: head.lower,
    definite,
    gender: GENDERED_ROLES[head.lower],
  };
}

/** Whose the possessive at `index` is: the name or description right before it ("Dale Trent" in "out of Dale Trent’s claim"). */
export function possessorAt(tokens: readonly Token[], index: number): SpeakerPhrase | undefined {
  return phraseEndingAt(tokens.slice(0, index), index - 1);
}

/** The phrase whose last token is at `end`, reading back: a pronoun, a name (with its titles), or a description. */
function phraseEndingAt(tokens: readonly Token[], end: number): SpeakerPhrase | undefined {
  const token = tokens[end];
  if (!token || token.kind !== 'word') return undefined;
  const pronoun = pronounAt(tokens, end);
  if (pronoun) return pronoun;
  // "Another tweeted", "One said": a determiner standing for someone is a description as written.
  if (STANDS_FOR_SOMEONE.has(token.lower)) return { kind: 'description', start: token.start, end: token.end, text: token.text, roles: [], head: token.lower, definite: false };
  if (isNameWord(token) && !NOT_A_NAME.has(token.lower)) {
    const start = runStart(tokens, end);
    const name = nameFromRun(tokens, start, end);
    if (!name) return titleAsDescription(tokens, start, end);
    // "CNN anchor Lee Park": lowercase role words right before the name are its roles.
    for (let i = start - 1; i >= 0 && i >= start - 3 && isWord(tokens[i]) && !tokens[i]!.capital && !PHRASE_BOUNDARY.has(tokens[i]!.lower) && !DETERMINERS.has(tokens[i]!.lower); i--) {
      if (ROLE_NOUNS.has(tokens[i]!.lower) || TITLE_WORDS.has(tokens[i]!.lower)) {
        name.roles.push(tokens[i]!.lower);
        name.gender ??= GENDERED_ROLES[tokens[i]!.lower];
      }
    }
    if (tokens[end + 1]?.kind === 'possessive') return undefined;
    return name;
  }
  return descriptionBack(tokens, end);
}

/** "the President" or "the Secretary": a title with no name after it is a definite description. */
function titleAsDescription(tokens: readonly Token[], start: number, end: number): SpeakerPhrase | undefined {
  const head = tokens[end]!;
  if (!ROLE_NOUNS.has(head.lower)) return undefined;
  const determiner = tokens[start - 1];
  const from = determiner && isWord(determiner) && DETERMINERS.has(determiner.lower) ? start - 1 : start;
  return {
    kind: 'description',
    start: tokens[from]!.start,
    end: head.end,
    text: textOf(tokens, from, end),
    roles: [roleOf(head.lower)],
    head: roleOf(head.lower),
    definite: from < start,
  };
}

/**
 * The subject of the cue at `cue`, reading back: over adverbs and auxiliaries ("also", "has"), a party tag or
 * other parenthesis, and an apposition; then a coordinated pair ("Kane and Park") or one phrase. A description
 * after "of/for/at" with a name before it ("Tom Reyes of the campaign group") gives the name.
 */
export function phraseBefore(tokens: readonly Token[], cue: number): SpeakerPhrase | undefined {
  let index = cue - 1;
  // Lowercase only: "Will described" names George Will, where "will describe" is an auxiliary.
  const skipAdverbs = () => {
    while (index >= 0 && isWord(tokens[index]) && !tokens[index]!.capital && BETWEEN_SUBJECT_AND_CUE.has(tokens[index]!.lower)) index--;
    // "Obama on Friday declared": a day or month with its preposition.
    if (isWord(tokens[index]) && tokens[index]!.capital && DAYS_AND_MONTHS.test(tokens[index]!.lower) && ['on', 'in', 'last', 'this', 'early', 'late'].includes(tokens[index - 1]?.lower ?? '')) {
      index -= 2;
      while (index >= 0 && isWord(tokens[index]) && !tokens[index]!.capital && BETWEEN_SUBJECT_AND_CUE.has(tokens[index]!.lower)) index--;
    }
  };
  skipAdverbs();
  // "in the mouth of Donald Trump, who proclaimed …": the relative pronoun stands for the phrase before its comma.
  if (isWord(tokens[index]) && ['who', 'which'].includes(tokens[index]!.lower) && tokens[index - 1]?.text === ',') return phraseEndingAt(tokens, skipParenthesisBack(tokens, index - 2));
  index = skipParenthesisBack(tokens, index);
  // "Gingrich — mentioned by Newsmax as the likely pick — told Fox News": an insert between dashes.
  if (DASHES.has(tokens[index]?.text ?? '')) {
    const opening = tokens.slice(Math.max(0, index - 25), index).findLastIndex((t) => DASHES.has(t.text)) + Math.max(0, index - 25);
    if (opening > 0 && opening < index && !tokens.slice(opening, index).some((t) => t.kind === 'quote')) index = opening - 1;
  }
  const apposition = skipAppositionBack(tokens, index);
  if (apposition) {
    index = skipParenthesisBack(tokens, apposition.before);
    // "Sanders, meanwhile, who sits …, said", "Sen. Marco Rubio, R-Fla., appearing …, said": an adverb or a
    // party tag set off by commas before the insert.
    const setOffWord = isWord(tokens[index]) && ((!tokens[index]!.capital && BETWEEN_SUBJECT_AND_CUE.has(tokens[index]!.lower)) || PARTY_TAG.test(tokens[index]!.text));
    if (setOffWord && tokens[index - 1]?.text === ',') index -= 2;
  }
  // "the previous nominee, Mitt Romney, called": a name set off by commas after its description (or, below,
  // the place of a person named before it).
  let setOff: SpeakerPhrase | undefined;
  if (!apposition && tokens[index]?.text === ',') {
    const named = phraseEndingAt(tokens, skipParenthesisBack(tokens, index - 1));
    const opening = named && tokens.findIndex((t) => t.start === named.start);
    if (named?.kind === 'name' && opening !== undefined && tokens[opening - 1]?.text === ',') setOff = named;
  }
  let phrase = setOff ?? phraseEndingAt(tokens, index);
  // "Katie Packer, who is chairman of Our Principles PAC said": a relative clause whose closing comma is missing.
  if (!apposition && !setOff) {
    const who = tokens.slice(Math.max(0, index - 15), index + 1).findLastIndex((t) => t.lower === 'who') + Math.max(0, index - 15);
    const clause = tokens.slice(who + 1, index + 1);
    // Only a subject relative ("who is …"), never an object one ("Bannon, who Beck called …", "who he noted").
    const opensWithVerb = clause[0]?.capital === false && !(clause[0].lower in PRONOUNS) && !DETERMINERS.has(clause[0].lower);
    if (who > 1 && tokens[who - 1]?.text === ',' && opensWithVerb && !clause.some((t) => t.kind !== 'word' || SPEECH_VERBS.has(t.lower))) {
      const named = phraseEndingAt(tokens, who - 2);
      if (named?.kind === 'name') phrase = named;
    }
  }
  if (!phrase) return undefined;
  if (apposition) phrase.roles.push(...apposition.roles);
  // "Harry Bond, 30, of Raleigh, N.C., said": past the person's place and age to the person.
  for (let hops = 0; phrase?.kind === 'name' && hops < 3; hops++) {
    const at = tokens.findIndex((t) => t.start === phrase!.start);
    const before = tokens[at - 1];
    // The place's first word: back over name words only, since "of" here joins a person to a place.
    let place = at - 2;
    while (place > 0 && isNameWord(tokens[place - 1])) place--;
    const placeOf = before && ['of', 'from'].includes(before.lower) ? at - 2 : before?.text === ',' && isNameWord(tokens[at - 2]) && ['of', 'from', 'in'].includes(tokens[place - 1]?.lower ?? '') ? place - 2 : -1;
    if (placeOf < 0) break;
    let back = placeOf;
    if (tokens[back]?.text === ',' && /^\p{N}+$/u.test(tokens[back - 1]?.text ?? '') && tokens[back - 2]?.text === ',') back -= 3;
    let person = phraseEndingAt(tokens, back);
    // "Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, said": past the description too.
    const described = person?.kind === 'description' ? tokens.findIndex((t) => t.start === person!.start) : -1;
    if (described > 1 && tokens[described - 1]?.text === ',') person = phraseEndingAt(tokens, described - 2);
    if (person?.kind !== 'name') break;
    phrase = person;
  }
  if (setOff) return phrase;
  let startIndex = tokens.findIndex((t) => t.start === phrase!.start);
  // Role words before a name ("candidate Hillary Clinton") belong to it when asking what precedes the name.
  // So do they before a capitalized description ("committee Democrats").
  const capitalized = phrase.kind === 'name' || (phrase.kind === 'description' && /^\p{Lu}/u.test(phrase.text) && !phrase.text.includes(' '));
  while (capitalized && isWord(tokens[startIndex - 1]) && !tokens[startIndex - 1]!.capital && !PHRASE_BOUNDARY.has(tokens[startIndex - 1]!.lower) && !ROLE_PREPOSITIONS.has(tokens[startIndex - 1]!.lower) && !DETERMINERS.has(tokens[startIndex - 1]!.lower) && startIndex > 0) startIndex--;
  // "Tomas Reyes of the campaign group Clean Ballots said": the speaker is the person before "of".
  if (phrase.kind === 'name' && startIndex < tokens.findIndex((t) => t.start === phrase!.start) && isWord(tokens[startIndex - 1]) && DETERMINERS.has(tokens[startIndex - 1]!.lower) && ROLE_PREPOSITIONS.has(tokens[startIndex - 2]?.lower ?? '')) {
    const owner = phraseEndingAt(tokens, startIndex - 3);
    if (owner?.kind === 'name') return { ...owner, roles: [...owner.roles, ...phrase.roles], end: phrase.end };
  }
  const joiner = tokens[startIndex - 1];
  // "A spokesman for … Hillary Clinton called", "a statement from Syria, Israel, and the United States said":
  // the names are the object of the description's preposition.
  let listStart = startIndex;
  while (listStart > 1 && (['the', 'and', ','].includes(tokens[listStart - 1]!.lower) || isNameWord(tokens[listStart - 1])) && startIndex - listStart < 15) listStart--;
  const list = tokens.slice(listStart, startIndex);
  // Past a comma only inside a list that ends with "and": "from Syria, Israel, and the United States".
  const listJoiner = list.some((t) => t.text === ',') && !list.some((t) => t.lower === 'and') ? undefined : tokens[listStart - 1];
  if (phrase.kind === 'name' && listJoiner && ROLE_PREPOSITIONS.has(listJoiner.lower) && !phrase.members) {
    const holder = phraseEndingAt(tokens, listStart - 2);
    // "Officials in Kyiv said": a capitalized head only where it opens the sentence.
    const opensSentence = holder !== undefined && holder.start === tokens[0]?.start && /^\p{Lu}\p{Ll}+s$/u.test(holder.text);
    if (holder?.kind === 'description' && (LOWERCASE_HEAD.test(holder.text) || opensSentence)) {
      const last = tokens.findIndex((t) => t.end === phrase!.end);
      return unclosedApposition(tokens, { ...holder, end: phrase.end, text: `${holder.text} ${textOf(tokens, listStart - 1, last)}` });
    }
  }
  // "the door of the clinic", "a sign taped to the door of the clinic": a description grows back over the
  // prepositions (and past participles) that attach it to the one before.
  for (let links = 0; phrase.kind === 'description' && links < 3; links++) {
    const link = tokens[startIndex - 1];
    if (!link || !ROLE_PREPOSITIONS.has(link.lower) && link.lower !== 'to') break;
    const participle = isWord(tokens[startIndex - 2]) && /ed$/.test(tokens[startIndex - 2]!.lower) && !DETERMINERS.has(tokens[startIndex - 2]!.lower);
    const ownerEnd = participle ? startIndex - 3 : startIndex - 2;
    const owner = phraseEndingAt(tokens, ownerEnd);
    // "a letter to committee members said": "to" links a document to its readers, or a participle to its place.
    // So does it a role to the one it serves: "aides to the governor".
    if (link.lower === 'to' && !participle && !THING_NOUNS.has(owner?.head ?? '') && !servesSomeone(owner?.head)) break;
    if (owner?.kind === 'name' && links === 0 && !participle) return { ...owner, roles: [...owner.roles, ...phrase.roles], end: phrase.end };
    if (owner?.kind !== 'description') break;
    const last = tokens.findIndex((t) => t.end === phrase!.end);
    phrase = { ...owner, end: phrase.end, text: `${owner.text} ${textOf(tokens, ownerEnd + 1, last)}` };
    startIndex = tokens.findIndex((t) => t.start === owner.start);
  }
  if (joiner?.lower === 'and' && phrase.kind === 'name') {
    const other = phraseEndingAt(tokens, startIndex - 2);
    if (other?.kind === 'name') phrase = coordinated(other, phrase);
  }
  return unclosedApposition(tokens, phrase);
}

/**
 * "Gary Pike, a former bodyguard for President Tom Vance has written": a description after a name and a comma,
 * whose closing comma is missing, is that name's apposition; the name opening the clause is the subject.
 */
function unclosedApposition(tokens: readonly Token[], phrase: SpeakerPhrase): SpeakerPhrase {
  if (phrase.kind !== 'description' || !phrase.roles.length || THING_NOUNS.has(phrase.head ?? '')) return phrase;
  const at = tokens.findIndex((t) => t.start === phrase.start);
  // "a former aide to …", "the mayor of …", "Lund’s press secretary".
  const opensDescription = ['a', 'an', 'the'].includes(tokens[at]?.lower ?? '') || (isNameWord(tokens[at]) && tokens[at + 1]?.kind === 'possessive');
  if (tokens[at - 1]?.text !== ',' || !opensDescription) return phrase;
  const named = phraseEndingAt(tokens, at - 2);
  const opening = named ? tokens.findIndex((t) => t.start === named.start) : -1;
  // A person's name ("Gary Pike"), not an opening word ("Likewise, a paper from …").
  const person = named !== undefined && (named.text.includes(' ') || genderOfFirstName(named.text) !== undefined);
  // The name opens its clause: "Gary Pike, …", "When Robin Mott, …".
  const opensClause = opening === 0 || tokens[opening - 1]?.text === ',' || SUBORDINATORS.has(tokens[opening - 1]?.lower ?? '');
  if (named?.kind !== 'name' || !person || !opensClause) return phrase;
  return { ...named, roles: [...named.roles, ...phrase.roles], end: phrase.end };
}

function coordinated(first: SpeakerPhrase, second: SpeakerPhrase): SpeakerPhrase {
  return { kind: 'name', start: first.start, end: second.end, text: `${first.text} and ${second.text}`, roles: [], members: [first, second] };
}

/**
 * The subject after an inverted cue ("said Rep. J.K. Marsh (D-Ore.)", "said the governor", "said CNN anchor Lee
 * Park", "said Ann Vale, director of …"): the first phrase after it, a name winning over a role before it.
 */
export function phraseAfter(tokens: readonly Token[], cue: number): SpeakerPhrase | undefined {
  let index = cue + 1;
  while (isWord(tokens[index]) && BETWEEN_SUBJECT_AND_CUE.has(tokens[index]!.lower) && !tokens[index]!.capital) index++;
  const token = tokens[index];
  if (!isWord(token)) return undefined;
  const pronoun = pronounAt(tokens, index);
  if (pronoun) return pronoun;
  // Read forward to the end of the phrase, then back from there.
  let end = index;
  if (token.capital || isHonorific(token)) {
    end = runEnd(tokens, index) - 1;
    // "opined Cleveland's Plain Dealer", "said Trump's spokeswoman": read on past the possessive.
    if (tokens[end + 1]?.kind === 'possessive' && isWord(tokens[end + 2])) {
      end += 2;
      if (isNameWord(tokens[end])) end = runEnd(tokens, end) - 1;
      else while (isWord(tokens[end + 1]) && !tokens[end + 1]!.capital && !PHRASE_BOUNDARY.has(tokens[end + 1]!.lower) && !ROLE_PREPOSITIONS.has(tokens[end + 1]!.lower) && end - index < 6) end++;
    }
  } else {
    // "said that fact speaks volumes": a clause, not a subject.
    if (PHRASE_BOUNDARY.has(token.lower)) return undefined;
    while (end < tokens.length - 1 && end - index < 6) {
      const next = tokens[end + 1]!;
      if (next.kind !== 'word' && next.kind !== 'possessive') break;
      if (isWord(next) && (PHRASE_BOUNDARY.has(next.lower) || ROLE_PREPOSITIONS.has(next.lower))) break;
      end++;
      // "said union leader Tessa Grove": role words, then the name.
      if (isNameWord(tokens[end]) && tokens.slice(index, end).some((t) => !t.capital && (ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower)))) {
        end = runEnd(tokens, end) - 1;
        break;
      }
    }
  }
  // "said Cruz constituent Dan Golvach", "said Republican political consultant Chris Russell": a name after
  // role words is the speaker.
  if (token.capital) {
    let words = end + 1;
    while (words - end <= 4 && isWord(tokens[words]) && !tokens[words]!.capital && !PHRASE_BOUNDARY.has(tokens[words]!.lower) && !ROLE_PREPOSITIONS.has(tokens[words]!.lower)) words++;
    const roleWords = tokens.slice(end + 1, words);
    if (roleWords.some((t) => ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower)) && isNameWord(tokens[words])) end = runEnd(tokens, words) - 1;
  }
  let phrase = phraseEndingAt(tokens, end);
  if (!phrase || phrase.start < token.start) return undefined;
  phrase = describedFully(tokens, phrase, end);
  // "said co-founders Ama Boateng and Felix Ward": two names joined by "and".
  if (phrase.kind === 'name' && tokens[end + 1]?.lower === 'and' && isNameWord(tokens[end + 2])) {
    const other = nameFromRun(tokens, end + 2, runEnd(tokens, end + 2) - 1);
    if (other) return coordinated(phrase, other);
  }
  // "wrote the authors of the “Growth and Opportunity Project,”": a title in quotation marks ends the description.
  const described = tokens.findIndex((t) => t.end === phrase!.end);
  const title = tokens[described + 1];
  if (phrase.kind === 'description' && title?.kind === 'quote' && ['the', 'of'].includes(tokens[described]?.lower ?? '')) {
    return { ...phrase, end: title.end, text: `${phrase.text} ${title.text}` };
  }
  // "said the base chief known as Bob", "said a retired teacher named Ann Vale": the name the description gives.
  const naming = phrase.kind === 'description' ? namingAfter(tokens, end) : undefined;
  if (naming) return { ...naming, roles: [...naming.roles, ...phrase.roles] };
  // "said the group's director, Ann Vale": a name in apposition after a description names it, past role
  // words before it ("exhorted Lund's introducer, actress Jamie Lee Cort").
  const roleWords = tokens[end + 1]?.text === ',' && isWord(tokens[end + 2]) && !tokens[end + 2]!.capital && ROLE_NOUNS.has(tokens[end + 2]!.lower) ? 1 : 0;
  const nameStart = end + 2 + roleWords;
  if (phrase.kind === 'description' && tokens[end + 1]?.text === ',' && isNameWord(tokens[nameStart])) {
    const nameEnd = runEnd(tokens, nameStart) - 1;
    const name = nameFromRun(tokens, nameStart, nameEnd);
    if (name && (!roleWords || name.text.includes(' '))) return { ...name, roles: [...name.roles, ...phrase.roles, ...(roleWords ? [tokens[end + 2]!.lower] : [])] };
  }
  return phrase;
}

/**
 * A description read forward keeps what says whose it is and which one: "a 2013 article in the journal …",
 * "a Mexican official who was not authorized to speak", up to the next punctuation.
 */
function describedFully(tokens: readonly Token[], phrase: SpeakerPhrase, end: number): SpeakerPhrase {
  if (phrase.kind !== 'description') return phrase;
  const next = tokens[end + 1];
  // "their friends and advisers": two nouns joined by "and".
  if (next?.lower === 'and' && isWord(tokens[end + 2]) && ROLE_NOUNS.has(tokens[end + 2]!.lower)) {
    return describedFully(tokens, { ...phrase, end: tokens[end + 2]!.end, text: `${phrase.text} and ${tokens[end + 2]!.text}` }, end + 2);
  }
  // "a source close to the campaign", "a person familiar with the talks": an adjective and its preposition.
  if (isWord(next) && RELATING_ADJECTIVES.has(next.lower) && isWord(tokens[end + 2]) && (ROLE_PREPOSITIONS.has(tokens[end + 2]!.lower) || tokens[end + 2]!.lower === 'to')) {
    return describedFully(tokens, { ...phrase, end: next!.end, text: `${phrase.text} ${next!.text}` }, end + 1);
  }
  // "a 2013 study by economists …": a document keeps who made it.
  const byMaker = next?.lower === 'by' && THING_NOUNS.has(phrase.head ?? '');
  // "an adviser to both Clintons", "the base chief known as Bob".
  const relating = next?.lower === 'to' && (RELATING_ADJECTIVES.has(tokens[end]?.lower ?? '') || servesSomeone(phrase.head));
  const knownAs = next?.lower === 'known' && tokens[end + 2]?.lower === 'as';
  if (!isWord(next) || !(ROLE_PREPOSITIONS.has(next.lower) || next.lower === 'who' || byMaker || relating || knownAs)) return phrase;
  const relative = next.lower === 'who';
  const thing = THING_NOUNS.has(phrase.head ?? '');
  let last = end + 1;
  while (last < tokens.length - 1 && last - end < (relative ? 15 : 14)) {
    const following = tokens[last + 1]!;
    // "the Twitter account @WomenForTrump": a handle is one word.
    if (following.text === '@' && isWord(tokens[last + 2])) {
      last += 2;
      continue;
    }
    if (following.kind !== 'word' && following.kind !== 'possessive') break;
    const joins = ROLE_PREPOSITIONS.has(following.lower) || following.lower === 'and' || (thing && following.lower === 'by') || following.lower === 'as';
    if (!relative && PHRASE_BOUNDARY.has(following.lower) && !joins) break;
    // "Lund’s chief of staff gathered the volunteers": a past-tense verb after the noun ends the description.
    const afterNoun = tokens[last]!.kind !== 'word' || !(ROLE_PREPOSITIONS.has(tokens[last]!.lower) || DETERMINERS.has(tokens[last]!.lower) || tokens[last]!.lower === 'and');
    if (!relative && afterNoun && !following.capital && /ed$/.test(following.lower)) break;
    last++;
  }
  if (last === end + 1) return phrase;
  return { ...phrase, end: tokens[last]!.end, text: textOf(tokens, tokens.findIndex((t) => t.start === phrase.start), last) };
}

/** Whether up to three lowercase words from `index`, one of them a role, lead to a name: "presidential nominee Donald Trump". */
function rolesBeforeName(tokens: readonly Token[], index: number): boolean {
  let i = index;
  while (i < index + 3 && isWord(tokens[i]) && !tokens[i]!.capital && !PHRASE_BOUNDARY.has(tokens[i]!.lower) && !SPEECH_VERBS.has(tokens[i]!.lower)) i++;
  return i > index && isNameWord(tokens[i]) && tokens.slice(index, i).some((t) => ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower));
}

/** The first phrase from `index` on: up to eight tokens read forward to where the phrase ends, then read back. */
function phraseFrom(tokens: readonly Token[], index: number): SpeakerPhrase | undefined {
  for (let end = index; end < tokens.length && end < index + 10; end++) {
    const token = tokens[end]!;
    if (token.kind !== 'word' && token.kind !== 'possessive') return undefined;
    const next = tokens[end + 1];
    const continues =
      next &&
      (next.kind === 'possessive' ||
        (token.kind === 'possessive' && isNameWord(next)) ||
        // "Secretary of State Hillary Clinton": a title's "of" joins it to the rest of the title and the name.
        (isWord(token) && token.capital && isTitle(token) && next.lower === 'of' && isNameWord(tokens[end + 2])) ||
        (token.lower === 'of' && isNameWord(next) && isWord(tokens[end - 1]) && isTitle(tokens[end - 1]!)) ||
        // "The American Federation of Teachers": an organisation's "of" joins the rest of its name.
        (isWord(token) && token.capital && ORGANISATION_WORDS.has(token.lower) && next.lower === 'of' && isNameWord(tokens[end + 2])) ||
        (token.lower === 'of' && isNameWord(next) && isWord(tokens[end - 1]) && tokens[end - 1]!.capital && ORGANISATION_WORDS.has(tokens[end - 1]!.lower)) ||
        // "Republican presidential nominee Donald Trump": role words between a capitalized modifier and the name.
        (token.capital && isWord(next) && !next.capital && rolesBeforeName(tokens, end + 1)) ||
        // "Former judge and Dayton City Mayor Rudy Galli": two titles of one person.
        (isWord(token) && (ROLE_NOUNS.has(token.lower) || isTitle(token)) && next.lower === 'and' && titlesThenName(tokens, end + 2)) ||
        (token.lower === 'and' && isWord(tokens[end - 1]) && (ROLE_NOUNS.has(tokens[end - 1]!.lower) || isTitle(tokens[end - 1]!)) && titlesThenName(tokens, end + 1)) ||
        (isWord(next) &&
          !SPEECH_VERBS.has(next.lower) &&
          !PHRASE_BOUNDARY.has(token.lower) &&
          ((isNameWord(next) && (token.capital || DETERMINERS.has(token.lower) || ROLE_NOUNS.has(token.lower) || /-year-old$/.test(token.lower))) ||
            // "Ines Calder chairs the board": a plural-looking word after a name, before a determiner, is a verb.
            (ROLE_NOUNS.has(next.lower) && !(isNameWord(token) && /s$/.test(next.lower) && DETERMINERS.has(tokens[end + 2]?.lower ?? ''))))));
    if (continues) continue;
    // "Lund’s right-hand woman addressed the volunteers": a possessive, then its noun, up to the verb.
    if (token.kind === 'possessive' && end > index && isWord(next) && !next.capital) {
      let last = end;
      while (last - end < 3 && isWord(tokens[last + 1]) && !tokens[last + 1]!.capital && !PHRASE_BOUNDARY.has(tokens[last + 1]!.lower) && !SPEECH_VERBS.has(tokens[last + 1]!.lower) && !/(?:ed|s)$/.test(tokens[last + 1]!.lower)) last++;
      const head = tokens[last]!;
      if (last > end && ROLE_NOUNS.has(head.lower)) return { kind: 'description', start: tokens[index]!.start, end: head.end, text: textOf(tokens, index, last), roles: [head.lower], head: head.lower, definite: true, gender: GENDERED_ROLES[head.lower] };
    }
    // "The Democratic Senate candidate": a capitalized modifier, then the role words a description ends with.
    const roleEnd = end > index && DETERMINERS.has(tokens[index]!.lower) && isNameWord(token) ? roleWordsAfter(tokens, end) : -1;
    const phrase = roleEnd > end ? descriptionBack(tokens, roleEnd) : phraseEndingAt(tokens, end);
    return phrase && phrase.start >= tokens[index]!.start ? describedFully(tokens, phrase, roleEnd > end ? roleEnd : end) : undefined;
  }
  return undefined;
}

/** Words that open a clause whose subject follows them: "When Robin Mott, … was asked". */
const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'if', 'while', 'because', 'since', 'although', 'though', 'once', 'until']);

/** Whether the words from `start` are titles and a person's name: "Dayton City Mayor Rudy Galli". */
function titlesThenName(tokens: readonly Token[], start: number): boolean {
  let at = start;
  while (at < start + 8 && isWord(tokens[at]) && (tokens[at]!.capital || ROLE_NOUNS.has(tokens[at]!.lower) || isTitle(tokens[at]!))) at++;
  const words = tokens.slice(start, at);
  return words.some((t) => isTitle(t)) && words.some((t) => genderOfFirstName(t.text) !== undefined);
}

/** The last of up to three lowercase words after `end` that end on a role noun ("presidential candidate"), else -1. */
function roleWordsAfter(tokens: readonly Token[], end: number): number {
  for (let at = end + 1; at <= end + 3 && isWord(tokens[at]) && !tokens[at]!.capital; at++) {
    const word = tokens[at]!.lower;
    if (ROLE_NOUNS.has(word)) return at;
    // A verb or a determiner ends the subject: "The Democratic National Committee released a statement".
    if (PHRASE_BOUNDARY.has(word) || SPEECH_VERBS.has(word) || DETERMINERS.has(word) || /(?:ed|s)$/.test(word)) return -1;
  }
  return -1;
}

const OPENERS = new Set([
  'but', 'and', 'so', 'yet', 'still', 'meanwhile', 'then', 'now', 'also', 'however', 'instead', 'later', 'earlier', 'oh', 'yes',
  'well', 'indeed', 'even', 'likewise', 'similarly', 'moreover', 'furthermore', 'besides', 'nonetheless', 'nevertheless', 'thus',
]);

/**
 * Candidates for the subject of a sentence, best first: its first phrase past openers ("But", "Meanwhile") and a
 * dateline ("WASHINGTON (AP) —"), then the first phrase after an introductory phrase closed by a comma ("On
 * Monday,", "Hours later,", "In a statement,"). Used for participles ("…, saying …"), for sentences without a
 * speech verb, and for pronoun antecedents; the caller keeps the first that resolves.
 */
export function clauseSubjects(tokens: readonly Token[]): SpeakerPhrase[] {
  let index = 0;
  const dash = tokens.findIndex((t, i) => i < 12 && DASHES.has(t.text));
  if (dash > 0 && tokens.slice(0, dash).every((t) => t.kind !== 'word' || t.capital || /^\p{N}/u.test(t.text))) index = dash + 1;
  while (isWord(tokens[index]) && OPENERS.has(tokens[index]!.lower)) index++;
  if (tokens[index]?.text === ',') index++;
  const candidates: SpeakerPhrase[] = [];
  const opener = tokens[index];
  if (!(isWord(opener) && PHRASE_BOUNDARY.has(opener.lower) && !(opener.lower in PRONOUNS))) {
    const first = phraseFrom(tokens, index);
    if (first) candidates.push(first);
  }
  // "On Thursday, after remaining neutral throughout the primary, Warren appeared …": past up to three openers.
  let from = index;
  for (let commas = 0; commas < 3; commas++) {
    // "When Dell noted that Sand calls it “free transit,” Lund pounced …": a subordinate clause
    // may quote, and its comma may stand inside the marks; any other opener with a quotation in it is someone's
    // words, not an opener.
    const subordinate = commas === 0 && SUBORDINATORS.has(tokens[index]?.lower ?? '');
    const comma = tokens.findIndex((t, i) => i > from && i - from <= 20 && (t.text === ',' || (subordinate && t.kind === 'quote' && /,\s*["”]$/u.test(t.text))));
    if (comma < 0 || (!subordinate && tokens.slice(from, comma).some((t) => t.kind === 'quote'))) break;
    const next = phraseFrom(tokens, comma + 1);
    // "Robby Mook, Clinton’s campaign manager, …": a description right after a name is its apposition.
    const apposition = next?.kind === 'description' && isNameWord(tokens[comma - 1]) && !NOT_A_NAME.has(tokens[comma - 1]!.lower);
    // "One delegate, party chairwoman Nancy Werth, backed …": a name set off after a description is who it is.
    const described = candidates.at(-1);
    const describedEnd = described ? tokens.findIndex((t) => t.end === described.end) : -1;
    // Its description ends at the comma, or is a word like "One" before a few lowercase words ("One delegate,").
    const upToComma = described !== undefined && (describedEnd === comma - 1 || (STANDS_FOR_SOMEONE.has(described.text.toLowerCase()) && comma - describedEnd <= 3 && tokens.slice(describedEnd + 1, comma).every((t) => isWord(t) && !t.capital)));
    const naming = next?.kind === 'name' && described?.kind === 'description' && upToComma && tokens.find((t) => t.start >= next.end)?.text === ',';
    if (naming) candidates.splice(-1, 0, { ...next, roles: [...next.roles, ...described.roles] });
    else if (next && !apposition) candidates.push(next);
    from = comma + 1;
  }
  return candidates;
}

/** The name a description ending at `end` goes on to give: "… known as Bob", "… named Eric Kingson". */
function namingAfter(tokens: readonly Token[], end: number): SpeakerPhrase | undefined {
  const known = tokens[end]?.lower === 'known' && tokens[end + 1]?.lower === 'as' ? end + 2 : ['named', 'called'].includes(tokens[end + 1]?.lower ?? '') ? end + 2 : -1;
  if (known < 0 || !isNameWord(tokens[known])) return undefined;
  return nameFromRun(tokens, known, runEnd(tokens, known) - 1);
}

/** Every name in a sentence's tokens, titles set apart: the people it mentions, subject or not. */
export function namesIn(tokens: readonly Token[]): SpeakerPhrase[] {
  return namesAt(tokens).map(({ name }) => name);
}

/** Every name in the tokens, as `namesIn` reads them, with the index of the token its reading started at. */
export function namesAt(tokens: readonly Token[]): { name: SpeakerPhrase; index: number }[] {
  const names: { name: SpeakerPhrase; index: number }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!isNameWord(tokens[index]) && !isHonorific(tokens[index]!)) continue;
    const end = runEnd(tokens, index);
    const name = end > index ? nameFromRun(tokens, index, end - 1) : undefined;
    // "Bill Clinton's hair was whiter": an owner whose first name says who is mentioned too.
    if (name && (tokens[end]?.kind !== 'possessive' || name.gender !== undefined)) names.push({ name, index });
    index = Math.max(index, end - 1);
  }
  return names;
}

/**
 * A token no name's run goes through or starts at (`namesAt` and `runEnd`: no name word, honorific, particle,
 * "of", suffix or ordinal): the names after it are read the same whatever stands before it.
 */
export function endsEveryRun(token: Token): boolean {
  // Widened for `isNameWord`, a type guard that would leave `token` no type after it.
  return !isNameWord(token as Token | undefined) && !isHonorific(token) && !/^\p{N}+(?:st|nd|rd|th)$/u.test(token.text) && !(isWord(token) && (PARTICLES.has(token.lower) || SUFFIXES.has(token.lower) || token.lower === 'of'));
}
