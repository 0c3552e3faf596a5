/**
 * remark-inert-content: a section is data, never code. Reports as errors (fatal vfile messages, with positions)
 * every MDX `import`/`export`, every JavaScript expression, every element that is neither one of our components
 * nor allow-listed inline HTML, every attribute those do not take, and every link or image URL that could run
 * code or reach outside the site. The content check reports them; the render never sees them.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { Image, Link, Definition, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { VFile } from 'vfile';
import { parseIsoDate } from '../model/iso-date.ts';
import { COMPONENT_ATTRIBUTES, INLINE_HTML } from '../model/allowed-markup.ts';
import { QUOTATION_KINDS } from '../model/schema.ts';

/** What `<Quote kind>` may say: a kind of quotation, or `none` for words that are not one. */
const QUOTE_KINDS = [...QUOTATION_KINDS, 'none'];

/** How the values of our components' attributes are checked, where a value has a form. */
const VALUE_CHECKS: Record<string, Record<string, (value: string) => string | undefined>> = {
  Quote: {
    kind: (value) => (QUOTE_KINDS.includes(value) ? undefined : `"${value}" must be one of ${QUOTE_KINDS.join(', ')}`),
    said: (value) => {
      const parsed = parseIsoDate(value);
      return typeof parsed === 'string' ? parsed : undefined;
    },
  },
};

/** The deepest nesting of blocks and elements a section may have: deeper trees overflow the MDX compiler's stack. */
export const MAX_NESTING = 32;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

type Element = MdxJsxFlowElement | MdxJsxTextElement;

function allowedNames(): string {
  return `${Object.keys(COMPONENT_ATTRIBUTES).map((name) => `<${name}>`).join(', ')}, or inline ${Object.keys(INLINE_HTML).map((name) => `<${name}>`).join(' ')}`;
}

/** Why a URL is refused, or undefined when it is an http(s) URL or a path within the site (images: within the article's folder). */
function urlProblem(url: string, file: VFile, image: boolean): string | undefined {
  // Browsers ignore tabs, newlines and leading spaces in a scheme ("java\tscript:"), so the check does too.
  const compact = url.replace(/[\u0000-\u0020]/g, '');
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme) return scheme === 'http' || scheme === 'https' ? undefined : `a "${scheme}:" URL is not allowed: links and images take http(s) URLs or paths within the site`;
  if (compact.startsWith('//') || compact.startsWith('\\')) return 'a URL starting with // leaves the site without saying how: write it in full, with https://';
  if (!image || compact.startsWith('/') || !file.path) return undefined;
  // Astro copies a relative image into the site: it must be a file of the article's own folder.
  const folder = dirname(resolve(file.path));
  const target = resolve(folder, decodeURIComponent(compact.replace(/[?#].*$/, '')));
  const inside = relative(folder, target);
  return inside && !inside.startsWith(`..${sep}`) && inside !== '..' ? undefined : 'an image path must stay inside the article’s folder: put the image beside the section and link it as ./name.jpg';
}

function attributeProblem(element: Element, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  const tag = `<${element.name}>`;
  if (attribute.type === 'mdxJsxExpressionAttribute') return `${tag} has a spread expression {…}: the text is data, not code; write each attribute as name="value"`;
  const allowed = COMPONENT_ATTRIBUTES[element.name!] ?? INLINE_HTML[element.name!]!;
  if (/^on/i.test(attribute.name) || attribute.name === 'style') return `${tag} may not have ${attribute.name}: event handlers and styles are not allowed in a section; remove it`;
  if (!allowed.includes(attribute.name)) {
    return `${tag} takes no attribute "${attribute.name}": ${allowed.length ? `it takes ${allowed.map((name) => `${name}="…"`).join(', ')}` : 'it takes none'}; remove it`;
  }
  if (attribute.value !== null && typeof attribute.value === 'object') return `${tag}’s ${attribute.name} is a JavaScript expression: write it as ${attribute.name}="…", a plain string`;
  if (attribute.value === null || attribute.value === undefined) return `${tag}’s ${attribute.name} has no value: write ${attribute.name}="…"`;
  const problem = VALUE_CHECKS[element.name!]?.[attribute.name]?.(attribute.value);
  return problem && `${tag}’s ${attribute.name}: ${problem}`;
}

/** The problems of one node, without those of its children. */
function nodeProblems(node: Nodes, file: VFile): [rule: string, reason: string][] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [['mdx-esm', 'import and export statements are not allowed in a section: its text is data, not code; remove this statement']];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // A comment ({/* … */}) holds no code and renders nothing.
      if (node.data?.estree?.body.length === 0) return [];
      return [['mdx-expression', `{${node.value.trim().slice(0, 40)}} is a JavaScript expression, which a section may not hold: to write braces in the text, write \\{ and \\}`]];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (!node.name || !(Object.hasOwn(COMPONENT_ATTRIBUTES, node.name) || Object.hasOwn(INLINE_HTML, node.name))) {
        return [['mdx-element', `<${node.name ?? ''}> is not an element a section may use: use ${allowedNames()}; to write a < in the text, write \\<`]];
      }
      return node.attributes.flatMap((attribute) => {
        const problem = attributeProblem(node, attribute);
        return problem ? [['mdx-attribute', problem] as [string, string]] : [];
      });
    }
    case 'link':
    case 'image':
    case 'definition': {
      const problem = urlProblem((node as Link | Image | Definition).url, file, node.type === 'image');
      return problem ? [['url', `${problem}; got "${node.url.slice(0, 80)}"`]] : [];
    }
    default:
      return [];
  }
}

export interface Options {
  /**
   * For the page render: take out what the check refuses instead of reporting it (code, unsafe links and images),
   * so that nothing runs or is copied even when the check was skipped. Elements are left to rehype-inert-html.
   */
  remove?: boolean;
}

type Parent = Extract<Nodes, { children: unknown }>;

/** In the render: code goes, an unsafe link keeps only its text, an unsafe image or definition goes. */
function takeOut(parent: Parent, node: Nodes): void {
  if (node.type.startsWith('mdxJsx')) return;
  const children = parent.children as Nodes[];
  const index = children.indexOf(node);
  if (index >= 0) children.splice(index, 1, ...(node.type === 'link' ? (node.children as Nodes[]) : []));
}

export default function remarkInertContent(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    // Iterative, so a tree too deep for the compiler is reported rather than overflowing here too.
    const stack: { node: Nodes; parent?: Parent; depth: number }[] = [{ node: tree, depth: 0 }];
    const refused: { node: Nodes; parent: Parent }[] = [];
    let deepest: { node: Nodes; depth: number } | undefined;
    while (stack.length) {
      const { node, parent, depth } = stack.pop()!;
      if (depth > MAX_NESTING) {
        if (!deepest) deepest = { node, depth };
        continue;
      }
      const problems = nodeProblems(node, file);
      if (problems.length && parent) refused.push({ node, parent });
      if (!options.remove) for (const [rule, reason] of problems) file.message(reason, { place: node.position, ruleId: rule, source: 'verbatim' }).fatal = true;
      if ('children' in node) for (const child of [...node.children].reverse()) stack.push({ node: child, parent: node, depth: depth + 1 });
    }
    if (options.remove) {
      for (const { node, parent } of refused.reverse()) takeOut(parent, node);
    } else if (deepest) {
      const message = file.message(`is nested more than ${MAX_NESTING} levels deep here (block quotations, lists or elements inside each other): flatten it`, { place: deepest.node.position, ruleId: 'nesting', source: 'verbatim' });
      message.fatal = true;
    }
  };
}
