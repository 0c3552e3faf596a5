/**
 * remark-claims: marks the sentence that carries each of a section's claims and links it to the claim.
 *
 * In:  `claims: [{ id: barrack-breakthrough, claim: The outcome is a breakthrough, … }]` in the frontmatter,
 *      and the text "US envoy Thomas Barrack hailed the outcome as a “breakthrough,” …"
 * Out: <span class="claim-sentence">US envoy Thomas Barrack hailed … future.”<sup class="claim-ref"><a
 *      id="text-claim-barrack-breakthrough" href="#claim-barrack-breakthrough">…</a></sup></span>
 *
 * A claim whose `sentence` words are given is placed where they stand; otherwise in the sentence sharing the
 * most words with it. A claim no sentence carries is reported (claim-without-sentence) and left unmarked.
 *
 * A quotation in a sentence that carries a dated claim was said on the claim's date, unless the text dates it
 * itself; when the two dates disagree, the quotation keeps its own and the disagreement is reported
 * (quotation-claim-date), for a maintainer to correct one or the other.
 */
import type { Paragraph, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findClaimSentence, sentencesOf } from '../text/claims/claim-sentences.ts';
import { RangeWrapper, sameTexts, textOf } from './mdast-ranges.ts';
import { sectionOfFile } from './section-of-file.ts';
import type { QuotationRecord } from './remark-quotations.ts';

interface FrontmatterClaim {
  id: string;
  claim: string;
  sentence?: string;
  date?: unknown;
}

/** The sentence around a claim's words. */
export interface ClaimSentenceNode extends Parent {
  type: 'claimSentence';
}

/** The link from a sentence to a claim it carries. */
export interface ClaimRefNode extends Parent {
  type: 'claimRef';
}

declare module 'mdast' {
  interface PhrasingContentMap {
    claimSentence: ClaimSentenceNode;
    claimRef: ClaimRefNode;
  }
  interface RootContentMap {
    claimSentence: ClaimSentenceNode;
    claimRef: ClaimRefNode;
  }
}

/** One claim mark: the sentence's place, and the claims it carries (their indexes in the frontmatter's list). */
interface PlannedClaimMark {
  paragraph: number;
  start: number;
  end: number;
  claims: number[];
}

/** What marking a document's claims needs of its analysis: the paragraphs' texts, the claims' ids and the marks. */
export interface ClaimPlan {
  texts: string[];
  claims: string[];
  marks: PlannedClaimMark[];
}

export interface Options {
  /** The section's analysis, when one was made already (the page render): its claims are placed as it placed them. */
  claimPlan?: (file: VFile) => Promise<ClaimPlan | undefined>;
}

declare module 'vfile' {
  interface DataMap {
    claimPlan: ClaimPlan;
  }
}

function claimsOf(file: VFile): FrontmatterClaim[] {
  const { frontmatter } = sectionOfFile(file);
  return Array.isArray(frontmatter.claims)
    ? frontmatter.claims.filter((c): c is FrontmatterClaim => typeof c?.id === 'string' && typeof c?.claim === 'string')
    : [];
}

function refNode(claim: FrontmatterClaim, number: number): ClaimRefNode {
  return {
    type: 'claimRef',
    children: [
      {
        type: 'link',
        url: `#claim-${claim.id}`,
        title: claim.claim,
        children: [{ type: 'text', value: String(number) }],
        data: { hProperties: { id: `text-claim-${claim.id}`, ariaLabel: `Claim ${number}` } },
      },
    ],
    data: { hName: 'sup', hProperties: { className: ['claim-ref'], dataPagefindIgnore: 'all' } },
  };
}

/** The claims' marks, as sentences found for each claim of the frontmatter, with a message for a claim none carries. */
function placeClaims(claims: readonly FrontmatterClaim[], texts: readonly string[], file: VFile): PlannedClaimMark[] {
  // Split once: every claim is looked for among the same sentences.
  const sentences = sentencesOf(texts);
  // Claims that share a sentence share one mark; markers keep the claims' order, numbered as the annotations number them.
  const marks = new Map<string, PlannedClaimMark>();
  claims.forEach((claim, index) => {
    const place = findClaimSentence(sentences, claim.claim, claim.sentence);
    if (!place) {
      file.message(
        `Claim "${claim.id}" is carried by no sentence of the section: give its words as written in \`sentence:\``,
        { ruleId: 'claim-without-sentence', source: 'remark-claims' },
      );
      return;
    }
    const key = `${place.paragraph}:${place.start}`;
    const end = place.start + texts[place.paragraph]!.slice(place.start, place.end).trimEnd().length;
    const mark = marks.get(key) ?? { paragraph: place.paragraph, start: place.start, end, claims: [] };
    mark.claims.push(index);
    marks.set(key, mark);
  });
  return [...marks.values()];
}

/** A claim's date as the frontmatter gives it (YAML may read an unquoted day as a Date). */
function claimDate(claim: FrontmatterClaim): string | undefined {
  if (claim.date instanceof Date) return claim.date.toISOString().slice(0, 10);
  return typeof claim.date === 'string' || typeof claim.date === 'number' ? String(claim.date) : undefined;
}

/** Whether two dates of reduced precision can mean the same time: one is the other, or holds it ("2026-01", "2026-01-06"). */
const sameTime = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Dates the quotations of each sentence that carries a dated claim: the first dated claim's date, unless the
 * quotation has a date of its own from the text, which it keeps (reported when the two disagree).
 */
function dateQuotations(quotations: readonly QuotationRecord[], marks: readonly PlannedClaimMark[], claims: readonly FrontmatterClaim[], texts: readonly string[], file: VFile): void {
  for (const mark of marks) {
    const dated = mark.claims.map((index) => claims[index]!).find((claim) => claimDate(claim) !== undefined);
    if (!dated) continue;
    const date = claimDate(dated)!;
    const paragraph = texts[mark.paragraph]!;
    for (const quotation of quotations) {
      const at = quotation.paragraph === paragraph ? paragraph.indexOf(quotation.text, mark.start) : -1;
      if (at < 0 || at + quotation.text.length > mark.end) continue;
      if (quotation.said === null) quotation.said = date;
      else if (!sameTime(quotation.said, date)) {
        file.message(
          `The quotation “${quotation.text.slice(0, 60)}” is dated ${quotation.said} by the text, but the claim "${dated.id}" on its sentence is dated ${date}: correct the claim's date, or the text`,
          { place: { line: quotation.line, column: quotation.column }, ruleId: 'quotation-claim-date', source: 'remark-claims' },
        );
      }
    }
  }
}

export default function remarkClaims(options: Options = {}) {
  return async (tree: Root, file: VFile) => {
    const claims = claimsOf(file);
    if (!claims.length) return;
    const paragraphs: Paragraph[] = [];
    visit(tree, (node) => {
      if (node.type === 'heading') return SKIP;
      if (node.type === 'paragraph') paragraphs.push(node);
    });
    const texts = paragraphs.map((paragraph) => textOf(paragraph).text);
    const ids = claims.map((claim) => claim.id);
    const plan = await options.claimPlan?.(file);
    // The page render: the analysis's places, when it was made from this very text and these claims.
    const fits = plan && sameTexts(plan.texts, texts) && sameTexts(plan.claims, ids);
    const marks = fits ? plan.marks : placeClaims(claims, texts, file);
    if (!fits) {
      file.data.claimPlan = { texts, claims: ids, marks };
      // The analysis, not the page render: the records it keeps carry the dates (the render's are the same records).
      dateQuotations(file.data.quotations ?? [], marks, claims, texts, file);
    }
    // From the end of each paragraph, so earlier offsets stay valid; one index of each paragraph's text for all its marks.
    const wrappers = new Map<number, RangeWrapper>();
    const wrapperOf = (paragraph: number) => wrappers.get(paragraph) ?? wrappers.set(paragraph, new RangeWrapper(paragraphs[paragraph]!)).get(paragraph)!;
    for (const mark of [...marks].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start)) {
      const sentence: ClaimSentenceNode = { type: 'claimSentence', children: [], data: { hName: 'span', hProperties: { className: ['claim-sentence'] } } };
      wrapperOf(mark.paragraph).wrap(mark.start, mark.end, sentence);
      sentence.children.push(...(mark.claims.map((index) => refNode(claims[index]!, index + 1)) as never[]));
    }
  };
}
