/**
 * Offsets in a paragraph's text and the mdast nodes they fall in: the shared ground of the plugins that mark
 * ranges of the text (quotations, claim sentences, dates). Notes and markers the plugins add to the text are
 * "chrome": they are skipped, so every plugin sees the source's own text and its offsets.
 */
import type { Parent, PhrasingContent, Text } from 'mdast';
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { firstNotBefore } from '../model/sorted.ts';

/** Node types that plugins add beside the text, never part of it. */
const CHROME = new Set(['quotationNote', 'claimRef']);

interface Slice {
  node: Text;
  start: number;
  end: number;
}

/** A paragraph's text as one string, and the text nodes it is made of. */
export function textOf(paragraph: Parent): { text: string; slices: Slice[] } {
  const slices: Slice[] = [];
  let text = '';
  visit(paragraph, (node: Node) => {
    if (CHROME.has(node.type)) return SKIP;
    if (node.type !== 'text') return;
    const textNode = node as Text;
    slices.push({ node: textNode, start: text.length, end: text.length + textNode.value.length });
    text += textNode.value;
  });
  return { text, slices };
}

/** Whether a plan made from the paragraph texts `planned` still fits paragraphs whose texts are `now`. */
export function sameTexts(planned: readonly string[], now: readonly string[]): boolean {
  return planned.length === now.length && planned.every((text, index) => text === now[index]);
}

/**
 * Wraps ranges of one paragraph's text in new nodes, one after another. Its index of the text nodes and their
 * parents is built once and kept up to date by its own edits, so that marking every quotation of a long paragraph
 * costs no new walk of it per quotation. Between wraps, the paragraph may change only through it, or by chrome
 * added inside a wrapper (a quotation's note, a claim's marker).
 */
export class RangeWrapper {
  private readonly parents = new Map<Node, Parent>();
  /** The text nodes in order, with their offsets; offsets never move, since wrapping keeps the text as it is. */
  private readonly slices: Slice[];
  /** Where the last child was found in each parent: wraps move through a paragraph in order, so the next is near. */
  private readonly lastIndex = new Map<Parent, number>();

  constructor(paragraph: Parent) {
    visit(paragraph, (node, _index, parent) => void (parent && this.parents.set(node, parent as Parent)));
    this.slices = textOf(paragraph).slices;
  }

  /**
   * Wraps the text between two offsets in a new node. When the ends lie in different inline elements (a
   * quotation that starts inside emphasis), the wrapper takes those elements whole.
   */
  wrap(start: number, end: number, wrapper: Parent): void {
    // Split at the end first: the original node keeps its left part, so the start still lies in it.
    for (const offset of [end, start]) this.splitAt(offset);
    const first = this.slices[firstNotBefore(this.slices, (s) => s.start < start)];
    const last = this.slices[firstNotBefore(this.slices, (s) => s.end < end)];
    const firstNode = first?.start === start ? first.node : undefined;
    const lastNode = last?.end === end ? last.node : undefined;
    if (!firstNode || !lastNode) return;
    const lastChain = this.ancestors(lastNode);
    const common = this.ancestors(firstNode).find((a) => lastChain.includes(a))!;
    const childOf = (node: Node) => [node, ...this.ancestors(node)].find((n) => this.parents.get(n) === common)!;
    const from = this.indexIn(common, childOf(firstNode));
    const to = this.indexIn(common, childOf(lastNode));
    wrapper.children = common.children.splice(from, to - from + 1, wrapper as never) as PhrasingContent[];
    this.parents.set(wrapper, common);
    for (const child of wrapper.children) this.parents.set(child, wrapper);
  }

  /** Splits the text node an offset falls strictly inside, if any; the original node keeps the left part. */
  private splitAt(offset: number): void {
    // Text nodes are contiguous: the first that ends after the offset is the one it falls in.
    const at = firstNotBefore(this.slices, (s) => s.end <= offset);
    const slice = this.slices[at];
    if (!slice || offset <= slice.start || offset >= slice.end) return;
    const parent = this.parents.get(slice.node)!;
    const cut = offset - slice.start;
    const right: Text = { type: 'text', value: slice.node.value.slice(cut) };
    slice.node.value = slice.node.value.slice(0, cut);
    parent.children.splice(this.indexIn(parent, slice.node) + 1, 0, right as never);
    this.parents.set(right, parent);
    this.slices.splice(at + 1, 0, { node: right, start: offset, end: slice.end });
    slice.end = offset;
  }

  /** The ancestors of a node inside the paragraph, nearest first. */
  private ancestors(node: Node): Parent[] {
    const chain: Parent[] = [];
    for (let parent = this.parents.get(node); parent; parent = this.parents.get(parent)) chain.push(parent);
    return chain;
  }

  /** The index of a child in its parent, looked for outward from where the last one was found there. */
  private indexIn(parent: Parent, child: Node): number {
    const children = parent.children as Node[];
    const hint = Math.min(this.lastIndex.get(parent) ?? 0, children.length - 1);
    for (let distance = 0; hint - distance >= 0 || hint + distance < children.length; distance++) {
      const index = children[hint - distance] === child ? hint - distance : children[hint + distance] === child ? hint + distance : -1;
      if (index >= 0) {
        this.lastIndex.set(parent, index);
        return index;
      }
    }
    return -1;
  }
}

/**
 * The source position of an offset in a paragraph's text, counting the line breaks inside its text node: a
 * function of the offset, which finds the node by binary search and counts the breaks from a list made once.
 */
export function positionsIn(slices: readonly Slice[]): (offset: number) => { line: number; column: number } | undefined {
  const breaks = new Map<Slice, number[]>();
  const breaksOf = (slice: Slice) => {
    let list = breaks.get(slice);
    if (!list) {
      list = [];
      for (let at = slice.node.value.indexOf('\n'); at >= 0; at = slice.node.value.indexOf('\n', at + 1)) list.push(at);
      breaks.set(slice, list);
    }
    return list;
  };
  return (offset) => {
    const slice = slices[firstNotBefore(slices, (s) => s.end <= offset)] ?? slices.at(-1);
    const start = slice?.node.position?.start;
    if (!slice || !start) return undefined;
    const within = Math.min(offset - slice.start, slice.node.value.length);
    const list = breaksOf(slice);
    // The line breaks before `within`: those of the node's text up to the offset.
    const count = firstNotBefore(list, (at) => at < within);
    return count > 0 ? { line: start.line + count, column: within - list[count - 1]! } : { line: start.line, column: start.column + within };
  };
}
