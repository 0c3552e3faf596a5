/**
 * The words of a sentence's frame (the sentence with its quotations set apart), as tokens with offsets: words
 * keep abbreviations and initials whole ("Sen.", "J.K.", "D-Ore."), possessives are a token of their own, and
 * each quotation is one `quote` token, so rules can see where the quoted words stood.
 */
import { HONORIFICS } from './lexicon.ts';

export interface Token {
  kind: 'word' | 'punct' | 'quote' | 'possessive';
  text: string;
  /** Lowercase, without a final full stop. */
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
}

export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.&-]*[\p{L}\p{N}\p{M}])?\.?/uy;
const ABBREVIATION = /^(?:\p{Lu}\.)+(?:\p{Lu}\.?)?$|^(?:\p{Lu}\.)+$|^(?:U\.S|U\.K|U\.N|D\.C|Jr|Sr|Inc|Co|Corp|Ltd|St|Ft|Mt|vs|No)\.$/u;
/** US state abbreviations as datelines and places write them: "Raleigh, N.C.", "Millbrook, Vt." */
const STATE_ABBREVIATION = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\.$/;

/** Splits one word match into the word and a trailing possessive ("Smith’s" → "Smith", "’s"). */
function pushWord(tokens: Token[], text: string, start: number): void {
  let word = text;
  // A full stop belongs to the word only in an abbreviation or an initial: "Sen.", "J.", "U.S."
  // Party tags keep their full stop too: "R-Fla.", "D-Ore."
  if (word.endsWith('.') && !ABBREVIATION.test(word) && !STATE_ABBREVIATION.test(word) && !/^[RDI]-\p{Lu}\p{Ll}+\.$/u.test(word) && !(word.slice(0, -1).toLowerCase() in HONORIFICS)) word = word.slice(0, -1);
  const possessive = /^(.*\p{L})(['’]s)$/u.exec(word);
  const add = (kind: Token['kind'], value: string, at: number) =>
    tokens.push({ kind, text: value, lower: value.toLowerCase().replace(/\.$/, ''), start: at, end: at + value.length, capital: /^\p{Lu}/u.test(value) });
  if (possessive && possessive[1]!.length > 1) {
    add('word', possessive[1]!, start);
    add('possessive', possessive[2]!, start + possessive[1]!.length);
  } else if (/^\p{L}+s['’]$/u.test(word)) {
    add('word', word.slice(0, -1), start);
    add('possessive', word.slice(-1), start + word.length - 1);
  } else {
    add('word', word, start);
  }
  if (word.length < text.length) add('punct', '.', start + word.length);
}

/**
 * Tokens of `text` from `from` to `to`, with each quotation span as one quote token. `steps`, when given, receives
 * the stretch of text each step of the reading took ("Smith’s." is one step of three tokens): tokenizing from the
 * start of a step gives the same tokens from there on.
 */
export function tokenize(text: string, quotes: readonly Span[], from = 0, to = text.length, steps?: Span[]): Token[] {
  const tokens: Token[] = [];
  const inside = [...quotes].filter((q) => q.end > from && q.start < to).sort((a, b) => a.start - b.start);
  let offset = from;
  let next = 0;
  while (offset < to) {
    const quote = inside[next];
    if (quote && offset >= quote.start) {
      tokens.push({ kind: 'quote', text: text.slice(quote.start, quote.end), lower: '', start: quote.start, end: quote.end, capital: false });
      offset = Math.max(offset, quote.end);
      next += 1;
      continue;
    }
    const character = text.charAt(offset);
    if (/\s/u.test(character)) {
      offset += 1;
      continue;
    }
    const step = offset;
    WORD.lastIndex = offset;
    const match = WORD.exec(text);
    if (match && (!quote || match.index + match[0].length <= quote.start)) {
      pushWord(tokens, match[0], offset);
      offset += match[0].length;
      // "Sanders’ campaign": an apostrophe after a plural or a name in s is a possessive, not a closing quote.
      if (/s$/.test(match[0]) && /['’]/.test(text.charAt(offset)) && /[\s,]/.test(text.charAt(offset + 1)) && (!quote || offset < quote.start)) {
        tokens.push({ kind: 'possessive', text: text.charAt(offset), lower: text.charAt(offset), start: offset, end: offset + 1, capital: false });
        offset += 1;
      }
    } else {
      tokens.push({ kind: 'punct', text: character, lower: character, start: offset, end: offset + 1, capital: false });
      offset += 1;
    }
    steps?.push({ start: step, end: offset });
  }
  return tokens;
}
