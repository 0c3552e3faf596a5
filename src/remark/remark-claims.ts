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
 */
import type { Paragraph, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findClaimSentence, sentencesOf } from '../text/claims/claim-sentences.ts';
import { RangeWrapper, sameTexts, textOf } from './mdast-ranges.ts';
import { sectionOfFile } from './section-of-file.ts';

interface FrontmatterClaim {
  id: string;
  claim: string;
  sentence?: string;
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
    if (!fits) file.data.claimPlan = { texts, claims: ids, marks };
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
