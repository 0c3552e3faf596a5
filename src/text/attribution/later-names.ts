/**
 * The names a paragraph gives after an offset, outside its quotations: the first that fits, as a pronoun that
 * no one before it stands for looks ahead for one ("He has called China “provocative” …", then "Rep. Dana Holt").
 * The paragraph is read once, whatever the number of pronouns that look ahead in it.
 */
import { endsEveryRun, namesAt, type SpeakerPhrase } from './speaker-phrase.ts';
import { tokenize, type Span, type Token } from './tokens.ts';
import { firstNotBefore } from '../../model/sorted.ts';

/** Quoted words, blanked out: names inside quotations are not the text's own. */
const unquote = (text: string) => text.replace(/[“"][^”"]*[”"]/gu, (quoted) => ' '.repeat(quoted.length));

/** Whether an offset falls strictly inside one of `spans`, which are in order and do not overlap. */
function strictlyInside(spans: readonly Span[], offset: number): boolean {
  const last = spans[firstNotBefore(spans, (span) => span.start < offset) - 1];
  return last !== undefined && last.end > offset;
}

type Fits = (name: SpeakerPhrase) => boolean;

export class LaterNames {
  readonly text: string;
  /** The quotations the whole paragraph blanks out, and its tokens once they are. */
  private readonly quoted: Span[] = [];
  private readonly steps: Span[] = [];
  private readonly tokens: Token[];
  /** Indexes of the tokens after which names are read the same whatever stands before (see `endsEveryRun`). */
  private readonly boundaries: number[] = [];
  private readonly names: { name: SpeakerPhrase; index: number }[];
  /** For each test of a name, and each name of the paragraph, the first at or after it that passes. */
  private readonly firstFitting = new Map<Fits, (SpeakerPhrase | undefined)[]>();

  constructor(text: string) {
    this.text = text;
    for (const match of text.matchAll(/[“"][^”"]*[”"]/gu)) this.quoted.push({ start: match.index, end: match.index + match[0].length });
    this.tokens = tokenize(unquote(text), [], 0, text.length, this.steps);
    this.tokens.forEach((token, index) => {
      if (endsEveryRun(token)) this.boundaries.push(index);
    });
    this.names = namesAt(this.tokens);
  }

  /**
   * The first name after `offset` that `fits`, of those `namesIn` reads in the text from the offset on, its
   * quotations blanked out. Read from the whole paragraph's tokens: from the offset, the text blanks out the
   * same quotations (unless the offset falls inside one) and reads into the same tokens (unless it falls inside a
   * step of the reading), and names are read the same once past a token no name goes through. Give the same
   * function for the same test: what it says of every name is kept.
   */
  first(offset: number, fits: Fits): SpeakerPhrase | undefined {
    if (strictlyInside(this.quoted, offset) || strictlyInside(this.steps, offset)) {
      return namesAt(tokenize(unquote(this.text.slice(offset)), [])).find(({ name }) => fits(name))?.name;
    }
    const from = firstNotBefore(this.tokens, (token) => token.start < offset);
    const boundary = this.boundaries[firstNotBefore(this.boundaries, (index) => index < from)];
    // Up to the boundary, the names the text from the offset reads on its own.
    const own = namesAt(this.tokens.slice(from, boundary === undefined ? undefined : boundary + 1)).find(({ name }) => fits(name));
    if (own || boundary === undefined) return own?.name;
    // After it, the paragraph's own names.
    return this.fitting(fits)[firstNotBefore(this.names, (name) => name.index <= boundary)];
  }

  private fitting(fits: Fits): (SpeakerPhrase | undefined)[] {
    let first = this.firstFitting.get(fits);
    if (!first) {
      first = new Array<SpeakerPhrase | undefined>(this.names.length + 1);
      for (let i = this.names.length - 1; i >= 0; i--) first[i] = fits(this.names[i]!.name) ? this.names[i]!.name : first[i + 1];
      this.firstFitting.set(fits, first);
    }
    return first;
  }
}
