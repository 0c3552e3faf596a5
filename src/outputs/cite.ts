/**
 * Citations in APA 7, MLA 9 and Chicago 17 (notes-bibliography), as each guide writes them for an article on a
 * news website: the article's reference entries (APA reference list, MLA works cited, Chicago bibliography), and
 * for each quotation the article quotes, the in-text citations and notes that point to it ("as cited in",
 * "qtd. in", "quoted in": the student read the words in the article, a secondary source). Also a CSL-JSON item
 * and a BibTeX entry per quotation. The access date is the day the text was taken from its source, recorded
 * with the article, so the same input always gives the same output.
 */
import { MONTH_NAMES, parseIsoDate, type IsoDate, type IsoPoint } from '../model/iso-date.ts';
import type { Speaker, SpeakerRef } from '../model/schema.ts';
import { escapeHtml, escapeRegExp } from '../model/strings.ts';

/** A news article as the styles cite it. */
export interface CitableArticle {
  title: string;
  publisher: string;
  /** An ISO date of reduced precision ("2026-01"). */
  published?: string;
  /** When absent, the publisher stands in as the author, as the styles say for news without a byline. */
  authors?: string[];
  /** The URL of the original article. */
  source: string;
  /** The day the text was read at its source ("2026-11-26"); MLA and reference managers give it. */
  accessed?: string;
}

/** A quotation on the site, with who said it and the article it was published in. */
export interface CitableQuotation {
  id: string;
  /** The words inside the quotation marks. */
  text: string;
  speaker: Pick<SpeakerRef, 'name' | 'kind'> & Partial<Pick<Speaker, 'role'>>;
  /** When the words were said: an ISO date of reduced precision ("2025-11", "2026-01-05", "2026"). */
  said?: string | null;
  article: CitableArticle;
}

/** A citation as plain text and as HTML in which titles the style italicizes are `<cite>` elements. */
export interface Citation {
  text: string;
  html: string;
}

/** Settings for the formatted styles. */
export interface CiteOptions {
  /** Title words to keep as written when recasing, e.g. ["Syria", "Israel"]; speaker, author and publisher names need no listing. */
  properNouns?: readonly string[];
}

/** A CSL name: parsed into family and given names, or kept whole (organizations, single names). */
export type CslName = { family: string; given: string } | { literal: string };

/** The date parts CSL-JSON allows: a year, a year and month, or a full date. */
export type CslDateParts = [number] | [number, number] | [number, number, number];

/** A CSL-JSON date: one point, or the start and end of a range. */
export interface CslDate {
  'date-parts': [CslDateParts] | [CslDateParts, CslDateParts];
}

/** A CSL-JSON item for a newspaper article, with the quotation and its speaker in `note`. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  publisher: string;
  URL: string;
  issued?: CslDate;
  accessed?: CslDate;
  author: CslName[];
  note: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Plain text and HTML

/** A run of citation text: plain, or a title the style sets in italics. */
type Piece = string | { title: string };

function render(pieces: readonly Piece[]): Citation {
  return {
    text: pieces.map((piece) => (typeof piece === 'string' ? piece : piece.title)).join(''),
    html: pieces
      .map((piece) => (typeof piece === 'string' ? escapeHtml(piece) : `<cite>${escapeHtml(piece.title)}</cite>`))
      .join(''),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Quotation marks

/** Turns straight quotes into curly ones: opening at the start, after a space, a bracket or a dash; else closing. */
function curlQuotes(text: string): string {
  return text.replace(/["']/g, (mark, offset: number) => {
    const opening = offset === 0 || /[\s([{\-–—/“‘]/u.test(text[offset - 1]!);
    if (mark === '"') return opening ? '“' : '”';
    return opening ? '‘' : '’';
  });
}

/**
 * Wraps text in double quotes, turning its own double quotes into single ones, with the period or comma that
 * follows set inside the closing marks (American style). A period is dropped after a question mark,
 * exclamation mark, period or ellipsis; a comma is kept, as Chicago 17 keeps it after "?".
 */
function quote(text: string, punctuation: '' | '.' | ','): string {
  const inner = curlQuotes(text.trim()).replace(/“/g, '‘').replace(/”/g, '’');
  const endsInQuote = inner.endsWith('’') && inner.includes('‘');
  const body = endsInQuote ? inner.slice(0, -1) : inner;
  const mark = punctuation === '.' && /[.?!…]$/u.test(body) ? '' : punctuation;
  return `“${body}${mark}${endsInQuote ? '’' : ''}”`;
}

/** Whether text already ends a sentence, so no period is added after it. */
function endsSentence(text: string): boolean {
  return /[.?!…]$/u.test(text);
}

function withPeriod(text: string): string {
  return endsSentence(text) ? text : `${text}.`;
}

// ---------------------------------------------------------------------------------------------------------------
// Capitalization of titles

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/u;

/** Articles, conjunctions, prepositions and name particles that title case leaves in lower case. */
const LOWERCASE_IN_TITLES = new Set([
  'a', 'an', 'the', 'and', 'but', 'for', 'nor', 'or', 'so', 'yet', 'as', 'to', 'vs', 'v',
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'at', 'before', 'behind',
  'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'despite', 'down', 'during', 'except', 'from', 'in',
  'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past', 'per', 'since',
  'than', 'through', 'toward', 'towards', 'under', 'until', 'up', 'upon', 'via', 'with', 'within', 'without',
  'al', 'bin', 'ibn', 'bint', 'da', 'de', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von',
]);

function hasCapital(word: string): boolean {
  return /\p{Lu}/u.test(word);
}

function capitalize(word: string): string {
  const [first = '', ...rest] = word;
  return first.toUpperCase() + rest.join('');
}

/** Whether a title is in title case: no word after the first is lower case unless title case lowercases it. */
function isTitleCase(title: string): boolean {
  const words = [...title.matchAll(new RegExp(WORD.source, 'gu'))].map(([word]) => word).slice(1);
  return words.every((word) => !/^\p{Ll}/u.test(word) || hasCapital(word) || LOWERCASE_IN_TITLES.has(word));
}

/**
 * Recases each word of a title with `recaseWord`, except proper nouns, which take their listed form. A word that
 * opens the title or follows ":", "?" or "!" opens a sentence and starts with a capital.
 */
function recase(
  title: string,
  properNouns: readonly string[],
  recaseWord: (word: string, opensSentence: boolean, isLast: boolean) => string,
): string {
  // Only the nouns the title holds go into the pattern: a long list (a whole section's) would make it slow.
  const lowerTitle = title.toLowerCase();
  const listedForm = new Map(properNouns.filter((noun) => lowerTitle.includes(noun.toLowerCase())).map((noun) => [noun.toLowerCase(), noun]));
  const nouns = [...listedForm.values()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const noun = nouns.length ? `(?<![\\p{L}\\p{M}\\p{N}])(?:${nouns.join('|')})(?![\\p{L}\\p{M}\\p{N}])|` : '';
  const matches = [...title.matchAll(new RegExp(`${noun}${WORD.source}`, 'giu'))];
  let result = '';
  let end = 0;
  matches.forEach((match, index) => {
    const gap = title.slice(end, match.index);
    const opensSentence = index === 0 || /[:?!]/.test(gap);
    const word = listedForm.get(match[0].toLowerCase()) ?? recaseWord(match[0], opensSentence, index === matches.length - 1);
    result += gap + (opensSentence && !hasCapital(word) ? capitalize(word) : word);
    end = match.index + match[0].length;
  });
  return result + title.slice(end);
}

/** APA's sentence case: a title-case title keeps capitals only on the first word, subtitles and proper nouns. */
function sentenceCase(title: string, properNouns: readonly string[]): string {
  if (!isTitleCase(title)) return title;
  return recase(title, properNouns, (word, opensSentence) =>
    opensSentence
      ? word
      : word
          .split('-')
          .map((part) => (/^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(part) || part === 'A' ? part.toLowerCase() : part))
          .join('-'),
  );
}

/** MLA's and Chicago's title case: a sentence-case title gets capitals on every word but the minor ones. */
function titleCase(title: string, properNouns: readonly string[]): string {
  if (isTitleCase(title)) return title;
  return recase(title, properNouns, (word, opensSentence, isLast) => {
    if (hasCapital(word) || (!opensSentence && !isLast && LOWERCASE_IN_TITLES.has(word))) return word;
    return word
      .split('-')
      .map((part, index) => (index > 0 && LOWERCASE_IN_TITLES.has(part) ? part : capitalize(part)))
      .join('-');
  });
}

const nameAndParts = (name: string) => [name, ...name.split(/\s+/)];

/** The names and proper nouns a recased article title must keep as they are written. */
function properNounsOf(article: CitableArticle, options: CiteOptions): string[] {
  return [...(options.properNouns ?? []), article.publisher, ...(article.authors ?? []).flatMap(nameAndParts)].filter((noun) =>
    /\p{L}/u.test(noun),
  );
}

/** The article's title in MLA's and Chicago's title case, with curly quotes: one casing for its entries and notes alike. */
function titleCased(article: CitableArticle, options: CiteOptions): string {
  return titleCase(curlQuotes(article.title), properNounsOf(article, options));
}

// ---------------------------------------------------------------------------------------------------------------
// Names

/** Reads "Given Family" or "Family, Given" (particles such as "van der" join the family name); else literal. */
function parseName(name: string): CslName {
  const comma = name.indexOf(',');
  if (comma > 0) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    if (family && given) return { family, given };
  }
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { literal: name.trim() };
  let familyStart = parts.length - 1;
  while (familyStart > 1 && /^\p{Ll}/u.test(parts[familyStart - 1]!)) familyStart -= 1;
  return { family: parts.slice(familyStart).join(' '), given: parts.slice(0, familyStart).join(' ') };
}

/** The article's authors, or its publisher as a group author when it has no byline. */
function authorNames(article: CitableArticle): CslName[] {
  const authors = article.authors ?? [];
  return authors.length ? authors.map(parseName) : [{ literal: article.publisher }];
}

function familyOrLiteral(name: CslName): string {
  return 'literal' in name ? name.literal : name.family;
}

/** "Jane Ann" → "J. A.", "Jean-Paul" → "J.-P.". */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .map((name) => name.split('-').map((part) => `${[...part][0] ?? ''}.`).join('-'))
    .join(' ');
}

function inverted(name: CslName): string {
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

function naturalOrder(name: CslName): string {
  return 'literal' in name ? name.literal : `${name.given} ${name.family}`;
}

/** "A, B, and C": names run together with a serial comma. */
function runTogether(names: readonly string[]): string {
  if (names.length < 3) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** An MLA works-cited entry's authors: "Smith, Jane", "Smith, Jane, and Jan Doe", three or more "Smith, Jane, et al.". */
function mlaWorksCitedAuthors(names: readonly CslName[]): string {
  if (names.length > 2) return `${inverted(names[0]!)}, et al.`;
  return [inverted(names[0]!), ...names.slice(1).map(naturalOrder)].join(', and ');
}

/** An MLA in-text citation's authors: "Smith", "Smith and Doe", "Smith et al.". */
function mlaInTextAuthors(names: readonly CslName[]): string {
  const families = names.map(familyOrLiteral);
  return families.length > 2 ? `${families[0]} et al.` : families.join(' and ');
}

/** A Chicago bibliography entry's authors: the first inverted, up to ten in all; more gives seven and "et al.". */
function chicagoBibliographyAuthors(names: readonly CslName[]): string {
  const [first, ...rest] = names.length > 10 ? names.slice(0, 7) : names;
  const written = [inverted(first!), ...rest.map(naturalOrder)];
  if (names.length > 10) return `${written.join(', ')}, et al.`;
  return written.length === 2 ? written.join(', and ') : runTogether(written);
}

/** A Chicago short note's authors: "Smith", "Smith and Doe", "Smith, Doe, and Roe", four or more "Smith et al.". */
function chicagoShortAuthors(names: readonly CslName[]): string {
  const families = names.map(familyOrLiteral);
  return families.length > 3 ? `${families[0]} et al.` : runTogether(families);
}

/** Natural-order names as a Chicago note runs them: "A", "A and B", "A, B, and C", four or more "A et al.". */
function chicagoAuthors(authors: readonly string[]): string {
  return authors.length > 3 ? `${authors[0]} et al.` : runTogether(authors);
}

/** An APA reference's authors: "Smith, J.", "Smith, J., & Doe, J.", twenty-one or more "A, … S, . . . Z". */
function apaReferenceAuthors(names: readonly CslName[]): string {
  const written = names.map((name) => ('literal' in name ? name.literal : `${name.family}, ${initials(name.given)}`));
  if (written.length === 1) return written[0]!;
  if (written.length > 20) return `${written.slice(0, 19).join(', ')}, . . . ${written.at(-1)}`;
  return `${written.slice(0, -1).join(', ')}, & ${written.at(-1)}`;
}

/** An APA in-text citation's authors: "Smith", "Smith & Doe", "Smith et al.". */
function apaInTextAuthors(names: readonly CslName[]): string {
  const families = names.map(familyOrLiteral);
  if (families.length > 2) return `${families[0]} et al.`;
  return families.join(' & ');
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** BibTeX's month macros: the first three letters, in lower case. */
const BIBTEX_MONTHS = MONTH_NAMES.map((month) => month.slice(0, 3).toLowerCase());

/** How a style writes dates; only the precision a date has is ever shown. */
interface DateStyle {
  /** "January 5" or "5 Jan."; `days` is a day, a range of days, or undefined when only the month is known. */
  monthAndDays(month: number, days: string | undefined): string;
  /** Adds the year: "January 5, 2026", "5 Jan. 2026", "2026, January 5". */
  withYear(monthAndDays: string, year: number, endsWithDay: boolean): string;
  rangeDash: string;
}

/** APA: "2026, January 5", "2026, January", "2026". */
const APA_DATES: DateStyle = {
  monthAndDays: (month, days) => [MONTH_NAMES[month - 1], days].filter(Boolean).join(' '),
  withYear: (monthAndDays, year) => `${year}, ${monthAndDays}`,
  rangeDash: '–',
};

/** MLA: "5 Jan. 2026", "Jan. 2026", "2026"; MLA joins ranges with a hyphen. */
const MLA_DATES: DateStyle = {
  monthAndDays: (month, days) => [days, MLA_MONTHS[month - 1]].filter(Boolean).join(' '),
  withYear: (monthAndDays, year) => `${monthAndDays} ${year}`,
  rangeDash: '-',
};

/** Chicago: "January 5, 2026", "January 2026", "2026". */
const CHICAGO_DATES: DateStyle = {
  monthAndDays: APA_DATES.monthAndDays,
  withYear: (monthAndDays, year, endsWithDay) => `${monthAndDays}${endsWithDay ? ',' : ''} ${year}`,
  rangeDash: '–',
};

/** Reads a date the content check has already validated; a malformed one is a bug worth stopping for. */
function readDate(value: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

function formatDate({ start, end }: IsoDate, style: DateStyle): string {
  const monthAndDays = (point: IsoPoint) =>
    point.month === undefined ? undefined : style.monthAndDays(point.month, point.day?.toString());
  const whole = (point: IsoPoint) => {
    const written = monthAndDays(point);
    return written === undefined ? String(point.year) : style.withYear(written, point.year, point.day !== undefined);
  };
  if (!end) return whole(start);
  const startWritten = monthAndDays(start);
  const endWritten = monthAndDays(end);
  if (start.year !== end.year || startWritten === undefined || endWritten === undefined) {
    return `${whole(start)}${style.rangeDash}${whole(end)}`;
  }
  const span =
    start.month !== undefined && start.month === end.month && start.day !== undefined && end.day !== undefined
      ? style.monthAndDays(start.month, `${start.day}${style.rangeDash}${end.day}`)
      : `${startWritten}${style.rangeDash}${endWritten}`;
  return style.withYear(span, start.year, end.day !== undefined);
}

/** The year or years an APA in-text citation gives: "2026", "2025–2026", or "n.d." when unknown. */
function apaYear(date: IsoDate | undefined): string {
  if (!date) return 'n.d.';
  const { start, end = start } = date;
  return start.year === end.year ? String(start.year) : `${start.year}–${end.year}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared readings of a quotation

function publishedOf(article: CitableArticle): IsoDate | undefined {
  return article.published ? readDate(article.published) : undefined;
}

function saidOf(q: CitableQuotation): IsoDate | undefined {
  return q.said ? readDate(q.said) : undefined;
}

/** The speaker and, when known, when they said it: "Thomas Barrack, January 5, 2026". */
function speakerAndDate(q: CitableQuotation, style: DateStyle): string {
  const said = saidOf(q);
  return said ? `${q.speaker.name}, ${formatDate(said, style)}` : q.speaker.name;
}

/** The quoted words and who said them, for CSL and BibTeX notes: "“breakthrough” — Thomas Barrack". */
function quotationNote(q: CitableQuotation): string {
  return `${quote(q.text, '')} — ${speakerAndDate(q, CHICAGO_DATES)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Styles: the article's reference entries, then each quotation's in-text citations and notes

/** A title cut to its first `words` words (articles not counted), without a trailing minor word: a short title. */
function shortTitle(title: string, words: number): string {
  const matches = [...title.matchAll(new RegExp(WORD.source, 'gu'))];
  let counted = 0;
  let cut = matches.length;
  for (const [index, match] of matches.entries()) {
    if (!['a', 'an', 'the'].includes(match[0].toLowerCase())) counted += 1;
    if (counted > words) {
      cut = index;
      break;
    }
  }
  while (cut > 1 && LOWERCASE_IN_TITLES.has(matches[cut - 1]![0].toLowerCase())) cut -= 1;
  const last = matches[cut - 1]!;
  return cut === matches.length ? title : title.slice(0, last.index + last[0].length);
}

/** A person speaker by surname, as in-text citations and short notes name them; others by their whole name. */
function speakerShortName(q: CitableQuotation): string {
  return q.speaker.kind === 'person' ? familyOrLiteral(parseName(q.speaker.name)) : q.speaker.name;
}

/** The day the text was read at its source, as MLA writes it: " Accessed 26 Nov. 2026." (or nothing). */
function mlaAccessed(article: CitableArticle): string {
  return article.accessed ? ` Accessed ${formatDate(readDate(article.accessed), MLA_DATES)}.` : '';
}

/** APA 7 reference entry of a news website article: Noon Post. (2026, January). <i>What did … reveal?</i> https://… */
export function apaReference(article: CitableArticle, options: CiteOptions = {}): Citation {
  // Title in italics and sentence case; the site name is left out when it is also the (group) author.
  const published = publishedOf(article);
  const title = sentenceCase(curlQuotes(article.title), properNounsOf(article, options));
  return render([
    `${withPeriod(apaReferenceAuthors(authorNames(article)))} (${published ? formatDate(published, APA_DATES) : 'n.d.'}). `,
    { title },
    endsSentence(title) ? ' ' : '. ',
    article.authors?.length ? `${withPeriod(article.publisher)} ` : '',
    article.source,
  ]);
}

/** APA 7 in-text citation of words the article quotes: (Barrack, as cited in Noon Post, 2026). */
export function apaInText(q: CitableQuotation): Citation {
  const said = saidOf(q);
  const primary = said ? `${speakerShortName(q)}, ${apaYear(said)}` : speakerShortName(q);
  return render([`(${primary}, as cited in ${apaInTextAuthors(authorNames(q.article))}, ${apaYear(publishedOf(q.article))})`]);
}

/** MLA 9 works-cited entry: “What Did … Reveal?” <i>Noon Post</i>, Jan. 2026, www.noonpost.com/en/363213/. Accessed 26 Nov. 2026. */
export function mlaWorksCited(article: CitableArticle, options: CiteOptions = {}): Citation {
  // With no personal author the entry starts with the title; the website's name is the container, and a
  // publisher of the same name is not repeated. The URL goes without "https://", as the handbook recommends.
  const published = publishedOf(article);
  const names = authorNames(article);
  const title = titleCased(article, options);
  return render([
    article.authors?.length ? `${withPeriod(mlaWorksCitedAuthors(names))} ` : '',
    `${quote(title, '.')} `,
    { title: article.publisher },
    published ? `, ${formatDate(published, MLA_DATES)}` : '',
    `, ${article.source.replace(/^https?:\/\//, '')}.`,
    mlaAccessed(article),
  ]);
}

/** MLA 9 in-text citation of an indirect source: (qtd. in “What Did the Fifth Round”), or (qtd. in Smith). */
export function mlaInText(q: CitableQuotation, options: CiteOptions = {}): Citation {
  const authors = q.article.authors ?? [];
  const source = authors.length
    ? mlaInTextAuthors(authorNames(q.article))
    : quote(shortTitle(titleCased(q.article, options), 4), '');
  return render([`(qtd. in ${source})`]);
}

/** Chicago 17 bibliography entry: <i>Noon Post</i>. “What Did … Reveal?” January 2026. https://…. */
export function chicagoBibliography(article: CitableArticle, options: CiteOptions = {}): Citation {
  // An unsigned news article is listed under the newspaper's name, which stands in the author's place.
  const published = publishedOf(article);
  const title = titleCased(article, options);
  const date = published ? formatDate(published, CHICAGO_DATES) : 'n.d.';
  const byline = article.authors?.length ? chicagoBibliographyAuthors(authorNames(article)) : undefined;
  return render([
    ...(byline ? [`${withPeriod(byline)} `] : [{ title: article.publisher }, '. ']),
    `${quote(title, '.')} `,
    ...(byline ? [{ title: article.publisher }, `, ${withPeriod(date)} `] : [`${withPeriod(date)} `]),
    `${article.source}.`,
  ]);
}

/** Chicago 17 full note, starting with the speaker: Thomas Barrack, quoted in “What Did … Reveal?,” <i>Noon Post</i>, January 2026, https://…. */
export function chicagoNote(q: CitableQuotation, options: CiteOptions = {}): Citation {
  // The note of an unsigned newspaper article gives its title first; an undated one says "n.d.".
  const published = publishedOf(q.article);
  const authors = q.article.authors ?? [];
  const title = titleCased(q.article, options);
  return render([
    `${speakerAndDate(q, CHICAGO_DATES)}, quoted in `,
    authors.length ? `${chicagoAuthors(authors)}, ` : '',
    `${quote(title, ',')} `,
    { title: q.article.publisher },
    `, ${published ? formatDate(published, CHICAGO_DATES) : 'n.d.'}, ${q.article.source}.`,
  ]);
}

/** Chicago 17 short note, for a source already cited in full: Barrack, quoted in “What Did the Fifth Round.” */
export function chicagoShortNote(q: CitableQuotation, options: CiteOptions = {}): Citation {
  const names = authorNames(q.article);
  const source = q.article.authors?.length ? `${chicagoShortAuthors(names)}, ` : '';
  const title = shortTitle(titleCased(q.article, options), 4);
  return render([`${speakerShortName(q)}, quoted in ${source}${quote(title, '.')}`]);
}

function cslDateParts(point: IsoPoint): CslDateParts {
  if (point.month === undefined) return [point.year];
  if (point.day === undefined) return [point.year, point.month];
  return [point.year, point.month, point.day];
}

function cslDate({ start, end }: IsoDate): CslDate {
  return { 'date-parts': end ? [cslDateParts(start), cslDateParts(end)] : [cslDateParts(start)] };
}

/** CSL-JSON item: { type: "article-newspaper", issued: { "date-parts": [[2026, 1]] }, note: "“breakthrough” — Thomas Barrack", … }. */
export function toCslJson(q: CitableQuotation): CslItem {
  const published = publishedOf(q.article);
  return {
    id: q.id,
    type: 'article-newspaper',
    title: curlQuotes(q.article.title),
    'container-title': q.article.publisher,
    publisher: q.article.publisher,
    URL: q.article.source,
    ...(published && { issued: cslDate(published) }),
    ...(q.article.accessed && { accessed: cslDate(readDate(q.article.accessed)) }),
    author: authorNames(q.article),
    note: quotationNote(q),
  };
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // BibTeX counts braces even after a backslash, so "\{" could unbalance a field; these commands cannot.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (character) => BIBTEX_ESCAPES[character]!);
}

function bibtexName(name: CslName): string {
  // Braces keep an organization whole instead of being read as "Post, Noon".
  return 'literal' in name ? `{${escapeBibtex(name.literal)}}` : escapeBibtex(`${name.family}, ${name.given}`);
}

/**
 * Date fields at the date's precision: `year` and `month`, which BibTeX and biblatex both read, and biblatex's
 * `date` when the date has a day or is a range (BibTeX has no day field).
 */
function bibtexDateFields(date: IsoDate, written: string): [string, string][] {
  const { start, end = start } = date;
  const sameYear = start.year === end.year;
  const year = sameYear ? String(start.year) : `${start.year}--${end.year}`;
  const month = sameYear && start.month !== undefined && start.month === end.month ? BIBTEX_MONTHS[start.month - 1] : undefined;
  const finerThanMonth = start.day !== undefined || date.end !== undefined;
  return [
    ['year', `{${year}}`],
    ...(month ? [['month', month] as [string, string]] : []),
    ...(finerThanMonth ? [['date', `{${written}}`] as [string, string]] : []),
  ];
}

/**
 * BibTeX entry: @online{q-breakthrough-3fa2c1, author = {{Noon Post}}, title = {{What Did …}}, organization = {Noon Post}, year = {2026}, month = jan, …}.
 * `@online` is biblatex's type for a web page, with `urldate` for the access date. Classic BibTeX styles, which
 * do not know it, fall back to `@misc`, and read that type's fields from the same entry: `howpublished` for the
 * URL, `year`, `month` and `note` (biblatex leaves `howpublished` aside for `@online`).
 */
export function toBibtex(q: CitableQuotation): string {
  // The URL is verbatim in biblatex and the url package, so it is not escaped, only kept free of braces and
  // backslashes.
  const { article } = q;
  const published = publishedOf(article);
  const url = article.source.replace(/[{}\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  const fields: [string, string][] = [
    ['author', `{${authorNames(article).map(bibtexName).join(' and ')}}`],
    ['title', `{{${escapeBibtex(curlQuotes(article.title))}}}`],
    ['organization', `{${escapeBibtex(article.publisher)}}`],
    ...(published ? bibtexDateFields(published, article.published!) : []),
    ['url', `{${url}}`],
    ...(article.accessed ? [['urldate', `{${article.accessed}}`] as [string, string]] : []),
    ['howpublished', `{\\url{${url}}}`],
    ['note', `{${escapeBibtex(quotationNote(q))}}`],
  ];
  const key = q.id.replace(/[^A-Za-z0-9_:.-]/g, '-');
  return `@online{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/**
 * The words of `title` that the texts capitalize in mid-sentence and never write in lower case ("Syria",
 * "Israel", not "The"): the proper nouns to keep when a style recases the title. Only the title's own words are
 * looked for in the texts, since no other word can change how the title is cased.
 */
export function titleProperNouns(title: string, texts: readonly string[]): string[] {
  const all = texts.join('\n');
  const found = new Set<string>();
  for (const word of new Set(title.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])) {
    const [first = '', ...rest] = word;
    const noun = first.toUpperCase() + rest.join('');
    if (!/^\p{Lu}\p{Ll}+$/u.test(noun)) continue;
    const inLowerCase = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${word}(?![\\p{L}\\p{M}\\p{N}])`, 'u');
    const inMidSentence = new RegExp(`(?<=[\\p{Ll},;–—-]\\s*["“‘]?)${noun}(?!\\p{Ll})`, 'u');
    if (!inLowerCase.test(all) && inMidSentence.test(all)) found.add(noun);
  }
  return [...found].sort();
}
