/**
 * The rendered HTML of a section is inert whatever its source holds: rehype-sanitize with an allow-list schema
 * of our own, on the tree the render produced. MDX keeps JSX elements as nodes of their own, which the sanitizer
 * does not know, so around it allow-listed inline HTML becomes ordinary elements, our rendered components
 * stand in as placeholder elements and are rendered after (a `<Figure>` as the figure its page shows), and
 * anything else (expressions, imports, unknown elements) is dropped or unwrapped by the sanitizer. The content
 * check has refused all of that already; this keeps the page safe even when the check is skipped.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import type { Plugin } from 'unified';
import { COMPONENT_ATTRIBUTES, INLINE_HTML, RENDERED_COMPONENTS } from '../model/allowed-markup.ts';

/** A component's placeholder while the sanitizer runs: a tag no HTML or Markdown can produce. */
const PLACEHOLDER_PREFIX = 'verbatim-component-';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** What the render may publish: Markdown's elements, the inline HTML and components we allow, and the marks our plugins add. */
const INERT_SCHEMA: SanitizeSchema = {
  tagNames: [
    ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'pre', 'code', 'em', 'strong', 'del'],
    ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'section', 'sup', 'span', 'time'],
    ...Object.keys(INLINE_HTML),
    ...RENDERED_COMPONENTS.map((name) => `${PLACEHOLDER_PREFIX}${name.toLowerCase()}`),
  ],
  attributes: {
    // The marks of quotations, claims, dates and speakers: ids, classes, accessible names and data attributes.
    '*': ['id', 'className', 'lang', 'title', 'tabIndex', 'ariaHidden', 'ariaLabel', 'ariaDescribedBy', 'data*'],
    a: ['href'],
    img: ['src', 'alt'],
    time: ['dateTime'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    // GFM task lists.
    input: [
      ['type', 'checkbox'],
      ['disabled', true],
      'checked',
    ],
    ...Object.fromEntries(RENDERED_COMPONENTS.map((name) => [`${PLACEHOLDER_PREFIX}${name.toLowerCase()}`, [...COMPONENT_ATTRIBUTES[name]!]])),
  },
  protocols: { href: ['http', 'https'], src: ['http', 'https'] },
  required: { input: { type: 'checkbox', disabled: true } },
  strip: ['script', 'style'],
  // Our ids are the quotations' stable anchors: never prefixed. A section cannot set an id of its own.
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

const isJsx = (node: RootContent): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A JSX element's plain string attributes (the check refuses every other kind). */
function stringAttributes(node: JsxElement): Properties {
  return Object.fromEntries(
    node.attributes
      .filter((attribute): attribute is MdxJsxAttribute & { value: string } => attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      .map((attribute) => [attribute.name, attribute.value]),
  );
}

/** Inline HTML as elements and rendered components as placeholders, all the way down. */
function toElements(parent: Root | Element | JsxElement): void {
  parent.children = parent.children.map((child) => {
    if ('children' in child) toElements(child as Element);
    if (!isJsx(child as RootContent)) return child;
    const jsx = child as JsxElement;
    const name = jsx.name ?? '';
    const tagName = RENDERED_COMPONENTS.includes(name) ? `${PLACEHOLDER_PREFIX}${name.toLowerCase()}` : Object.hasOwn(INLINE_HTML, name) ? name : `${PLACEHOLDER_PREFIX}unknown`;
    const element: Element = { type: 'element', tagName, properties: stringAttributes(jsx), children: jsx.children as ElementContent[], position: jsx.position };
    return element;
  }) as typeof parent.children;
}

/** How each rendered component is written out: a `<Figure>` is a photo caption, whose photo is not reproduced. */
const RENDER: Readonly<Record<string, (attributes: Properties, children: ElementContent[]) => Element>> = {
  Figure: ({ credit }, children) =>
    h('figure.figure.figure--no-image', [
      h('figcaption', [
        ...children,
        ...(credit ? [h('span.figure__credit', ` (${String(credit)})`)] : []),
        h('span.figure__note', { dataPagefindIgnore: '' }, ' Photo not reproduced.'),
      ]),
    ]),
};

/** Placeholders rendered as the components they stand for. */
function toComponents(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    toComponents(child);
    if (!child.tagName.startsWith(PLACEHOLDER_PREFIX)) return child;
    const name = RENDERED_COMPONENTS.find((component) => `${PLACEHOLDER_PREFIX}${component.toLowerCase()}` === child.tagName)!;
    return RENDER[name]!(child.properties, child.children);
  }) as typeof parent.children;
}

const componentsAsElements: Plugin<[], Root> = () => toElements;
const renderComponents: Plugin<[], Root> = () => toComponents;

/** The three steps, in order, for a section's rehype plugins. */
export const inertHtml: (Plugin<[], Root> | [Plugin<[SanitizeSchema], Root>, SanitizeSchema])[] = [componentsAsElements, [rehypeSanitize, INERT_SCHEMA], renderComponents];
