/**
 * A built page's text as an annotation client reads it (the text content of its body: every text node, in order),
 * and where in it the words of each quotation and of each claim's sentence stand, without the notes and markers
 * the site sets among them.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A stretch of the page's text, as offsets into it. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  /** Each quotation's words, from its first to its last (its speaker's note aside), by its anchor id. */
  quotations: Map<string, TextSpan>;
  /** The longest run of the words of the sentence that carries each claim, between the notes in it, by the claim's id. */
  claims: Map<string, TextSpan>;
  /** The page's `<meta name=…>` values, by name. */
  meta: Map<string, string>;
}

/** What the site adds among the text's words: notes, claims' markers, toggles. */
const ADDED = ['sidenote', 'quotation__by', 'claim-ref', 'note-toggle'];

const classesOf = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

/** From the first of the own words to the last: a quotation's words, with any claim's marker among them. */
function whole(runs: readonly TextSpan[]): TextSpan | undefined {
  return runs.length ? { start: runs[0]!.start, end: runs.at(-1)!.end } : undefined;
}

/** The longest stretch of consecutive own words (runs that touch are one): a sentence may hold others' notes. */
function longest(runs: readonly TextSpan[]): TextSpan | undefined {
  const merged: TextSpan[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.end === run.start) last.end = run.end;
    else merged.push({ ...run });
  }
  return merged.reduce<TextSpan | undefined>((best, run) => (!best || run.end - run.start > best.end - best.start ? run : best), undefined);
}

export function pageText(html: string): PageText {
  const tree: Root = fromHtml(html);
  const meta = new Map<string, string>();
  let text = '';
  let inBody = false;
  const quotationRuns = new Map<string, TextSpan[]>();
  const sentenceRuns: TextSpan[][] = [];
  const claimSentence = new Map<string, number>();

  /** Walks in document order, with the quotation and the claim sentence the node is in, and whether it is added text. */
  const walk = (node: Root | RootContent, quotation: string | undefined, sentence: number | undefined, added: boolean) => {
    if (node.type === 'text') {
      if (!inBody) return;
      const span = { start: text.length, end: text.length + node.value.length };
      text += node.value;
      if (!added && quotation) quotationRuns.get(quotation)!.push(span);
      if (!added && sentence !== undefined) sentenceRuns[sentence]!.push(span);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const { tagName, properties } = node;
      if (tagName === 'meta' && typeof properties.name === 'string' && typeof properties.content === 'string') meta.set(properties.name, properties.content);
      if (tagName === 'body') inBody = true;
      const classes = classesOf(node);
      if (classes.includes('quotation') && typeof properties.id === 'string') {
        quotation = properties.id;
        quotationRuns.set(quotation, []);
      }
      if (classes.includes('claim-sentence')) {
        sentence = sentenceRuns.length;
        sentenceRuns.push([]);
      }
      if (typeof properties.id === 'string' && properties.id.startsWith('text-claim-') && sentence !== undefined) claimSentence.set(properties.id.slice('text-claim-'.length), sentence);
      added ||= classes.some((name) => ADDED.includes(name));
    }
    for (const child of node.children) walk(child, quotation, sentence, added);
  };
  walk(tree, undefined, undefined, false);

  const spans = <K>(entries: Iterable<[K, TextSpan[]]>, pick: (runs: readonly TextSpan[]) => TextSpan | undefined) => new Map([...entries].flatMap(([key, runs]) => {
    const span = pick(runs);
    return span ? [[key, span] as [K, TextSpan]] : [];
  }));
  return {
    text,
    quotations: spans(quotationRuns, whole),
    claims: spans([...claimSentence].map(([claim, index]) => [claim, sentenceRuns[index]!]), longest),
    meta,
  };
}
