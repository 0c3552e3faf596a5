/**
 * remark-quotations: finds, classifies and attributes every quotation in a document, wraps each in an anchor,
 * and records them in `file.data.quotations` for the quotation index.
 *
 * In:  US envoy Thomas Barrack hailed the outcome as a “breakthrough,” describing …
 * Out: US envoy Thomas Barrack hailed the outcome as a <span class="quotation"
 *      id="q-breakthrough-1a2b3c" data-speaker="thomas-barrack" data-kind="partial" tabindex="0"
 *      aria-describedby="q-breakthrough-1a2b3c-by">“breakthrough,”<span class="quotation__by" id="…-by"
 *      aria-hidden="true">Thomas Barrack, US Special Envoy to Syria · partial quotation</span></span> describing …
 *
 * Scare quotes, names and terms in quotation marks are left as they are. An explicit annotation wins over
 * every heuristic: `<Quote speaker="thomas-barrack">“…”</Quote>` (also `kind="partial|full|none"`, `said="2026-01"`).
 * Problems are vfile messages with positions: unbalanced-quote, unexpected-close, mistyped-quote, unattributed-quotation,
 * unknown-speaker.
 */
import { createHash } from 'node:crypto';
import type { Blockquote, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Node } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { analyzeParagraph, type ParagraphQuotation, type QuotationKind, type QuoteAnnotation, type QuotationState } from '../text/quotes/paragraph-quotations.ts';
import { referenceDate } from '../text/dates/said-date.ts';
import { Attributor, type Attribution, type Reading } from '../text/attribution/attribute.ts';
import { positionsIn, RangeWrapper, sameTexts, textOf } from './mdast-ranges.ts';
import { sectionOfFile } from './section-of-file.ts';
import { nameWithRole, uniqueId } from '../model/strings.ts';
import type { QuotedSpeaker, RegistrySpeaker, SpeakerRef } from '../model/schema.ts';

export interface QuotationRecord {
  id: string;
  /** The words inside the marks; paragraphs of a long quotation are separated by a blank line. */
  text: string;
  kind: QuotationKind;
  speaker: QuotedSpeaker;
  article: string;
  /** The section id, `<article>/<section>`. */
  section: string;
  /** The quotation's place in the text, with the base path. */
  url: string;
  said: string | null;
  context: string;
  /** Why the speaker is who it is: the cue, the phrase as written, how it was resolved, and whether the rule is weak. */
  attribution: RecordAttribution;
  /** The whole paragraph the quotation stands in (its first paragraph, for a long one). */
  paragraph: string;
  line: number;
  column: number;
}

export type RecordAttribution = Pick<Attribution, 'rule' | 'resolution' | 'weak'> & { cue: string | null; phrase: string | null };

export interface Options {
  /** The speaker registry, read when the first file is transformed. */
  speakers: () => readonly RegistrySpeaker[];
  /** The page of a section, with the base path. */
  sectionUrl: (sectionId: string) => string;
  /** An article's publication date, which resolves dates written without a year. */
  published?: (article: string) => string | undefined;
  /**
   * The section's analysis, when one was made already (the page render): its quotations are marked as it says,
   * never decided again. Without it, or when the text no longer matches it, the plugin analyses the text itself.
   */
  plan?: (file: VFile) => Promise<RenderPlan | undefined>;
}

/** Span of a paragraph's text wrapped as (part of) a quotation. */
interface PlannedWrap {
  start: number;
  end: number;
  /** The anchor's id: the record's own, or `<id>-<part>` for the later parts of a quotation over paragraphs. */
  id: string;
  part: number;
  record: string;
}

/** What marking a document needs of its analysis: every paragraph's text and wraps, every block quotation's record, in order. */
export interface RenderPlan {
  paragraphs: { text: string; wraps: PlannedWrap[] }[];
  blockquotes: string[];
  records: QuotationRecord[];
  /** Quotations marked in the text but left out of the index (one never closed): their anchors still need a record. */
  unindexed: QuotationRecord[];
}

/** The anchor around a quotation in the text. */
export interface QuotationNode extends Parent {
  type: 'quotation';
  children: PhrasingContent[];
}

/** Who said a quotation, shown on hover and focus and read by screen readers as its description. */
export interface QuotationNoteNode extends Parent {
  type: 'quotationNote';
  children: Text[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    quotation: QuotationNode;
    quotationNote: QuotationNoteNode;
  }
  interface RootContentMap {
    quotation: QuotationNode;
    quotationNote: QuotationNoteNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    quotations: QuotationRecord[];
    renderPlan: RenderPlan;
  }
}

const isQuote = (node: Node): node is MdxJsxTextElement => node.type === 'mdxJsxTextElement' && (node as MdxJsxTextElement).name === 'Quote';

/** Replaces each `<Quote>` annotation by its children, returning the offsets it covered and its attributes. */
function takeAnnotations(paragraph: Paragraph): QuoteAnnotation[] {
  const annotations: QuoteAnnotation[] = [];
  let offset = 0;
  // Reads nodes in order into `into`, each <Quote> replaced by its own children, read in their turn.
  const read = (nodes: readonly Node[], into: Node[]) => {
    for (const node of nodes) {
      if (isQuote(node)) {
        const attribute = (name: string) => {
          const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
          return typeof found?.value === 'string' ? found.value : undefined;
        };
        const length = toString(node).length;
        const kind = attribute('kind');
        annotations.push({
          start: offset,
          end: offset + length,
          speaker: attribute('speaker'),
          kind: kind === 'full' || kind === 'partial' || kind === 'none' ? kind : undefined,
          said: attribute('said'),
        });
        read(node.children, into);
        continue;
      }
      if (node.type === 'text') offset += (node as Text).value.length;
      else if ('children' in node) walk(node as Parent);
      into.push(node);
    }
  };
  // Each parent's children are rebuilt once, not spliced once per annotation.
  const walk = (parent: Parent) => {
    const children: Node[] = [];
    read(parent.children, children);
    if (children.length !== parent.children.length || children.some((child, index) => child !== parent.children[index])) {
      parent.children.length = 0;
      for (const child of children) parent.children.push(child as PhrasingContent);
    }
  };
  walk(paragraph);
  return annotations;
}

/**
 * A <Quote> alone on its line is a block element ("> <Quote speaker="id">…</Quote>" in a block quotation, or a whole
 * paragraph): made an inline one inside a paragraph, so that annotations are read, and unwrapped, in one place.
 */
function inlineBlockQuotes(tree: Root): void {
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, index, parent) => {
    if (node.name !== 'Quote' || !parent || index === undefined) return;
    const inline = (children: PhrasingContent[]): Paragraph => ({
      type: 'paragraph',
      children: [{ type: 'mdxJsxTextElement', name: node.name, attributes: node.attributes, children } as MdxJsxTextElement],
      position: node.position,
    });
    const blocks = node.children.every((child) => child.type === 'paragraph');
    const replaced = blocks ? node.children.map((child) => inline((child as Paragraph).children)) : [inline(node.children as PhrasingContent[])];
    parent.children.splice(index, 1, ...replaced);
    return [SKIP, index + replaced.length];
  });
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** A stable id: readable words, and a hash of article, section and normalized text. */
function quotationId(article: string, section: string, text: string): string {
  const normalized = normalize(text);
  const slug = normalized.split(' ').slice(0, 5).join('-').slice(0, 40).replace(/-+$/, '') || 'quotation';
  const hash = createHash('sha256').update(`${article}/${section}/${normalized}`).digest('hex').slice(0, 6);
  return `q-${slug}-${hash}`;
}

/** The attributes of a quotation's anchor: stable id, speaker and kind, and the note that describes it. */
function anchorProperties(id: string, record: QuotationRecord, part: number) {
  return {
    id,
    className: ['quotation'],
    dataSpeaker: record.speaker.id ?? '',
    dataKind: record.kind,
    ...(part > 1 ? { dataPart: part, dataQuotation: record.id } : {}),
    tabIndex: 0,
    ariaDescribedBy: [`${id}-by`],
  };
}

function noteNode(id: string, record: QuotationRecord, role: string | undefined): QuotationNoteNode {
  const who = nameWithRole(record.speaker.name, role);
  return {
    type: 'quotationNote',
    children: [{ type: 'text', value: `${who} · ${record.kind} quotation` }],
    data: { hName: 'span', hProperties: { id: `${id}-by`, className: ['quotation__by'], ariaHidden: 'true', dataPagefindIgnore: 'all' } },
  };
}

/**
 * A blockquote's words and speaker: its closing "— Name" line (a paragraph of its own, or the last line of the
 * last paragraph) names the speaker and is not part of the words; without one, whoever spoke last ("He said:").
 */
function readBlockquote(node: Blockquote, state: QuotationState, annotated: SpeakerRef | undefined): { text: string; attribution: Reading } {
  const paragraphs = node.children.map((child) => toString(child).trim()).filter(Boolean);
  const lines = (paragraphs.at(-1) ?? '').split('\n');
  const byline = /^[—–―-]\s*(.+)$/.exec(lines.at(-1)!.trim())?.[1];
  const words = byline ? [...paragraphs.slice(0, -1), lines.slice(0, -1).join('\n')].map((p) => p.trim()).filter(Boolean) : paragraphs;
  const attribution = annotated ? state.attributor.annotatedBlockquote(annotated) : state.attributor.blockquote(byline);
  return { text: words.join('\n\n'), attribution };
}

/** "— Bernie Sanders.", "-President Obama, tweeting after the speech.": a short line of a dash and a name. */
const DASH_BYLINE = /^[—–―-]\s*([^“”"\n]{2,100})$/u;

/** Whether a paragraph holds nothing but its quotations (and punctuation between them). */
function isQuotationsOnly(text: string, quotations: readonly { start: number; end: number }[]): boolean {
  let rest = '';
  let from = 0;
  for (const { start, end } of quotations) {
    rest += text.slice(from, start);
    from = end;
  }
  rest += text.slice(from);
  return /^[\s"“”‘’'.,;:!?…—–-]*$/u.test(rest);
}

const toRecordAttribution = (attribution: Reading): RecordAttribution => ({
  rule: attribution.rule,
  cue: attribution.cue ?? null,
  phrase: attribution.phrase ?? null,
  resolution: attribution.resolution,
  weak: attribution.weak,
});

/** The text of every paragraph, read before attribution so that names can be completed from anywhere in the file. */
function paragraphTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, 'paragraph', (node) => {
    texts.push(toString(node));
  });
  return texts;
}

type Roles = ReadonlyMap<string, string | undefined>;
type Wrap = { start: number; end: number; id: string; record: QuotationRecord; part: number };

/** Wraps each span in its anchor with its note, from the end so that splitting text nodes keeps earlier offsets valid. */
function wrapAll(node: Paragraph, wraps: readonly Wrap[], roles: Roles): void {
  if (!wraps.length) return;
  const ranges = new RangeWrapper(node);
  for (const { start, end, id, record, part } of [...wraps].reverse()) {
    const anchor: QuotationNode = { type: 'quotation', children: [], data: { hName: 'span', hProperties: anchorProperties(id, record, part) } };
    ranges.wrap(start, end, anchor);
    anchor.children.push(noteNode(id, record, roles.get(record.speaker.id ?? '')));
  }
}

/** Marks a block quotation as the quotation `record`. */
function markBlockquote(node: Blockquote, record: QuotationRecord, roles: Roles): void {
  node.data = { ...node.data, hProperties: anchorProperties(record.id, record, 1) };
  node.children.push({ type: 'paragraph', children: [noteNode(record.id, record, roles.get(record.speaker.id ?? ''))] });
}

/** Walks a document as the analysis does: paragraphs and block quotations, in order, outside headings and code. */
function eachBlock(tree: Root, onBlockquote: (node: Blockquote) => void, onParagraph: (node: Paragraph) => void): void {
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'code') return SKIP;
    if (node.type === 'blockquote') {
      onBlockquote(node);
      return SKIP;
    }
    if (node.type !== 'paragraph') return;
    onParagraph(node);
    return SKIP;
  });
}

/**
 * Whether `plan` was made from this very document: the same paragraphs, with the same text, and as many block
 * quotations. Read without changing the tree: a <Quote> annotation's text is the paragraph's either way.
 */
function planFits(tree: Root, plan: RenderPlan): boolean {
  const texts: string[] = [];
  let blockquotes = 0;
  eachBlock(
    tree,
    () => {
      blockquotes++;
    },
    (node) => {
      texts.push(textOf(node).text);
    },
  );
  return blockquotes === plan.blockquotes.length && sameTexts(plan.paragraphs.map((p) => p.text), texts);
}

/** Marks the document's quotations as its analysis found them. */
function applyPlan(tree: Root, plan: RenderPlan, roles: Roles): void {
  const byId = new Map([...plan.records, ...plan.unindexed].map((record) => [record.id, record]));
  let paragraph = 0;
  let blockquote = 0;
  eachBlock(
    tree,
    (node) => {
      for (const child of node.children) if (child.type === 'paragraph') takeAnnotations(child);
      markBlockquote(node, byId.get(plan.blockquotes[blockquote++]!)!, roles);
    },
    (node) => {
      takeAnnotations(node);
      wrapAll(node, plan.paragraphs[paragraph++]!.wraps.map((wrap) => ({ ...wrap, record: byId.get(wrap.record)! })), roles);
    },
  );
}

interface Pending {
  record: QuotationRecord;
  speaker?: SpeakerRef;
  parts: number;
}

export default function remarkQuotations(options: Options) {
  return async (tree: Root, file: VFile) => {
    inlineBlockQuotes(tree);
    const { article, section, speakers: sectionSpeakers } = sectionOfFile(file);
    const speakers = options.speakers();
    const roles = new Map(speakers.map((s) => [s.id, s.role]));
    const plan = await options.plan?.(file);
    if (plan && planFits(tree, plan)) {
      applyPlan(tree, plan, roles);
      file.data.quotations = plan.records;
      return;
    }
    const state: QuotationState = {
      attributor: new Attributor(speakers, paragraphTexts(tree), sectionSpeakers),
      saidBy: new Map(),
      reference: referenceDate(options.published?.(article)),
    };
    const records: QuotationRecord[] = [];
    const usedIds = new Set<string>();
    let pending: Pending | undefined;
    const report = (reason: string, place: { line: number; column: number } | undefined, ruleId: string) =>
      file.message(reason, { place, ruleId, source: 'remark-quotations' });

    const newRecord = (quotation: Pick<ParagraphQuotation, 'text' | 'kind' | 'speaker' | 'said' | 'context'> & { attribution: Reading }, paragraph: string, at: { line: number; column: number } | undefined): QuotationRecord => {
      const id = uniqueId(quotationId(article, section, quotation.text), usedIds);
      return {
        id,
        text: quotation.text,
        kind: quotation.kind,
        speaker: quotation.speaker ? { id: quotation.speaker.id, name: quotation.speaker.name } : { id: null, name: 'Unattributed' },
        article,
        section,
        url: `${options.sectionUrl(section)}#${id}`,
        said: quotation.said ?? null,
        context: quotation.context,
        attribution: toRecordAttribution(quotation.attribution),
        paragraph,
        line: at?.line ?? 0,
        column: at?.column ?? 0,
      };
    };

    const finish = (record: QuotationRecord, speaker: SpeakerRef | undefined) => {
      if (!speaker) {
        report(
          `Quotation “${record.text.slice(0, 60)}” has no speaker: name the speaker in the sentence, or wrap it in <Quote speaker="id">`,
          { line: record.line, column: record.column },
          'unattributed-quotation',
        );
      }
      records.push(record);
    };

    // What the render will need: every paragraph's text and wraps, every block quotation's record, in order.
    const plannedParagraphs: { text: string; wraps: Wrap[] }[] = [];
    const plannedBlockquotes: string[] = [];
    // A paragraph of nothing but quotations waits for the next one, whose "— Name" line may name its speaker.
    let held: { node: Paragraph; wraps: Wrap[]; settled: { record: QuotationRecord; speaker?: SpeakerRef }[] } | undefined;
    const release = () => {
      if (!held) return;
      wrapAll(held.node, held.wraps, roles);
      for (const { record, speaker } of held.settled) finish(record, speaker);
      held = undefined;
    };

    const unclosed = (record: QuotationRecord, where: string) =>
      report(`Quotation “${record.text.slice(0, 60)}” is never closed ${where}`, { line: record.line, column: record.column }, 'unbalanced-quote');

    visit(tree, (node) => {
      if (node.type === 'root') return;
      if (node.type !== 'paragraph') release();
      if (node.type === 'heading' || node.type === 'code') return SKIP;
      if (node.type === 'blockquote') {
        // <Quote speaker="id"> inside a block quotation names its speaker, and is unwrapped like anywhere else.
        const annotation = node.children.flatMap((child) => (child.type === 'paragraph' ? takeAnnotations(child) : [])).find((a) => a.speaker || a.said);
        const known = annotation?.speaker ? speakers.find((s) => s.id === annotation.speaker) : undefined;
        if (annotation?.speaker && !known) {
          report(`The annotation names speaker "${annotation.speaker}", which is not in speakers.yaml: add it there or fix the id`, node.position?.start, 'unknown-speaker');
        }
        const { text, attribution } = readBlockquote(node, state, known && { id: known.id, name: known.name, kind: known.kind });
        const speaker = attribution.speaker;
        const quotation = { text, kind: 'full' as const, speaker, context: text, attribution, said: annotation?.said };
        const record = newRecord(quotation, text, node.position?.start);
        markBlockquote(node, record, roles);
        plannedBlockquotes.push(record.id);
        finish(record, speaker);
        return SKIP;
      }
      if (node.type !== 'paragraph') return;
      const annotations = takeAnnotations(node);
      const { text, slices } = textOf(node);
      const positionAt = positionsIn(slices);
      const wraps: Wrap[] = [];
      plannedParagraphs.push({ text, wraps });
      const line = held && DASH_BYLINE.exec(text.trim())?.[1];
      const byline = line ? state.attributor.bylineLine(line) : undefined;
      if (held && byline?.speaker) {
        for (const settled of held.settled) {
          settled.record.speaker = { id: byline.speaker.id, name: byline.speaker.name };
          settled.record.attribution = toRecordAttribution(byline);
          settled.speaker = byline.speaker;
        }
        release();
        return SKIP;
      }
      release();
      const analysis = analyzeParagraph(text, state, annotations, pending !== undefined);
      for (const problem of analysis.problems) report(problem.reason, positionAt(problem.offset), problem.ruleId);
      if (pending && !analysis.quotations[0]?.continues) {
        unclosed(pending.record, 'in its paragraph: add the closing mark, or open the next paragraph with a quotation mark');
        pending = undefined;
      }
      const settled: { record: QuotationRecord; speaker?: SpeakerRef }[] = [];
      for (const quotation of analysis.quotations) {
        if (quotation.continues && pending) {
          pending.parts += 1;
          pending.record.text += `\n\n${quotation.text}`;
          const { record, parts } = pending;
          wraps.push({ start: quotation.start, end: quotation.end, id: `${record.id}-${parts}`, record, part: parts });
          if (!quotation.open) {
            settled.push({ record, speaker: pending.speaker });
            pending = undefined;
          }
          continue;
        }
        const record = newRecord(quotation, text, positionAt(quotation.start));
        wraps.push({ start: quotation.start, end: quotation.end, id: record.id, record, part: 1 });
        if (quotation.open) pending = { record, speaker: quotation.speaker, parts: 1 };
        else settled.push({ record, speaker: quotation.speaker });
      }
      if (settled.length && isQuotationsOnly(text, analysis.quotations)) {
        held = { node, wraps, settled };
      } else {
        wrapAll(node, wraps, roles);
        for (const { record, speaker } of settled) finish(record, speaker);
      }
      return SKIP;
    });
    release();
    if (pending) unclosed(pending.record, 'before the end of the text');
    file.data.quotations = records;
    const indexed = new Set(records);
    file.data.renderPlan = {
      paragraphs: plannedParagraphs.map(({ text, wraps }) => ({ text, wraps: wraps.map(({ start, end, id, part, record }) => ({ start, end, id, part, record: record.id })) })),
      blockquotes: plannedBlockquotes,
      records,
      unindexed: [...new Set(plannedParagraphs.flatMap(({ wraps }) => wraps.map((wrap) => wrap.record)))].filter((record) => !indexed.has(record)),
    };
  };
}
