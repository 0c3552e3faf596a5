/**
 * Offsets in a paragraph's text and the mdast nodes they fall in: the shared ground of the plugins that mark
 * ranges of the text (quotations, claim sentences, dates). Notes and markers the plugins add to the text are
 * "chrome": they are skipped, so every plugin sees the source's own text and its offsets.
 */
import type { Parent, PhrasingContent, Text } from 'mdast';
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';

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

/** Splits a text node at an offset inside it; the original node keeps the left part. */
function splitAt(parents: Map<Node, Parent>, slice: Slice, offset: number): Text | undefined {
  if (offset <= slice.start || offset >= slice.end) return undefined;
  const parent = parents.get(slice.node)!;
  const cut = offset - slice.start;
  const right: Text = { type: 'text', value: slice.node.value.slice(cut) };
  slice.node.value = slice.node.value.slice(0, cut);
  parent.children.splice(parent.children.indexOf(slice.node as never) + 1, 0, right as never);
  parents.set(right, parent);
  return right;
}

/** The ancestors of a node inside the paragraph, nearest first. */
function ancestors(parents: Map<Node, Parent>, node: Node): Parent[] {
  const chain: Parent[] = [];
  for (let parent = parents.get(node); parent; parent = parents.get(parent)) chain.push(parent);
  return chain;
}

/**
 * Wraps the text between two offsets of a paragraph in a new node. When the ends lie in different inline
 * elements (a quotation that starts inside emphasis), the wrapper takes those elements whole.
 */
export function wrapRange(paragraph: Parent, start: number, end: number, wrapper: Parent): void {
  const parents = new Map<Node, Parent>();
  const index = () => {
    visit(paragraph, (node, _index, parent) => void (parent && parents.set(node, parent as Parent)));
    return textOf(paragraph).slices;
  };
  // Split at the end first: the original node keeps its left part, so the start still lies in it.
  for (const offset of [end, start]) {
    const slice = index().find((s) => s.start < offset && s.end > offset);
    if (slice) splitAt(parents, slice, offset);
  }
  const slices = index();
  const firstNode = slices.find((s) => s.start === start)?.node;
  const lastNode = slices.find((s) => s.end === end)?.node;
  if (!firstNode || !lastNode) return;
  const lastChain = ancestors(parents, lastNode);
  const common = ancestors(parents, firstNode).find((a) => lastChain.includes(a))!;
  const childOf = (node: Node) => [node, ...ancestors(parents, node)].find((n) => parents.get(n) === common)!;
  const from = common.children.indexOf(childOf(firstNode) as never);
  const to = common.children.indexOf(childOf(lastNode) as never);
  wrapper.children = common.children.splice(from, to - from + 1, wrapper as never) as PhrasingContent[];
}

/** The source position of an offset in a paragraph's text, counting the line breaks inside its text node. */
export function positionAt(slices: readonly Slice[], offset: number) {
  const slice = slices.find((s) => s.end > offset) ?? slices.at(-1);
  const start = slice?.node.position?.start;
  if (!slice || !start) return undefined;
  const lines = slice.node.value.slice(0, offset - slice.start).split('\n');
  return lines.length > 1
    ? { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 }
    : { line: start.line, column: start.column + lines[0]!.length };
}

