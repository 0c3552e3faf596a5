/** rehype-inert-html: the rendered tree keeps our components (rendered) and allowed markup, and nothing that could run. */
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { inertHtml } from '../../src/rehype/rehype-inert-html.ts';

const MDX_NODES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'] as const;

/** The hast tree of an MDX text after the inert steps, and the names of the JSX elements left in it. */
async function render(text: string): Promise<{ html: string; components: string[] }> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkRehype, { passThrough: [...MDX_NODES] }).use(inertHtml);
  const tree = (await processor.run(processor.parse(text))) as Root;
  const components: string[] = [];
  type Loose = { type: string; name?: string | null; attributes?: { name: string; value: unknown }[]; children?: Loose[]; tagName?: string; properties?: object };
  const walk = (node: Loose) => {
    if (node.type.startsWith('mdxJsx')) {
      components.push(`${node.type}:${node.name}`);
      // JSX has no HTML of its own: shown as an <x-name> element, to serialise the rest.
      Object.assign(node, { type: 'element', tagName: `x-${node.name?.toLowerCase()}`, properties: Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value])) });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as unknown as Loose);
  return { html: toHtml(tree), components };
}

describe('rehype-inert-html', () => {
  it('keeps allowed inline HTML as elements and renders our Figure as the caption of a photo not reproduced', async () => {
    const { html, components } = await render('Some <em lang="fr">mots</em> and <abbr title="United Nations">UN</abbr>.\n\n<Figure credit="Wire">\nA caption.\n</Figure>\n');
    expect(html).toContain('<em lang="fr">mots</em>');
    expect(html).toContain('<abbr title="United Nations">UN</abbr>');
    expect(components).toEqual([]);
    expect(html).toContain(
      '<figure class="figure figure--no-image"><figcaption><p>A caption.</p><span class="figure__credit"> (Wire)</span><span class="figure__note" data-pagefind-ignore=""> Photo not reproduced.</span></figcaption></figure>',
    );
    // A credit that tries to be markup stays text; without one, no credit is shown.
    expect((await render('<Figure credit="<b>x</b>">\nC.\n</Figure>\n')).html).toContain('<span class="figure__credit"> (&#x3C;b>x&#x3C;/b>)</span>');
    expect((await render('<Figure>\nC.\n</Figure>\n')).html).not.toContain('figure__credit');
  });

  it('drops scripts, styles, expressions and imports, unwraps unknown elements, and strips handlers and unsafe URLs', async () => {
    const { html, components } = await render(
      ["import x from 'y'", '', '{process.env.HOME}', '', '<script>{"alert(1)"}</script><style>{"b{}"}</style>', '', '<Redacted>kept text</Redacted> <em onClick="alert(2)">e</em> [a](javascript:alert(3)) ![i](data:image/png,x)'].join('\n'),
    );
    expect(components).toEqual([]);
    expect(html).not.toMatch(/script|style|alert|onclick|javascript:|data:|process/i);
    expect(html).toContain('kept text');
    expect(html).toContain('<em>e</em>');
  });

  it('keeps the ids, classes and data attributes our plugins give, without prefixing them', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(() => (tree: MdastRoot) => {
        tree.children[0]!.data = { hProperties: { id: 'q-words-1a2b3c', className: ['quotation'], dataSpeaker: 'thomas-barrack', tabIndex: 0, ariaDescribedBy: ['q-words-1a2b3c-by'] } };
      })
      .use(remarkRehype)
      .use(inertHtml);
    const html = toHtml((await processor.run(processor.parse('Words.\n'))) as Root);
    expect(html).toBe('<p id="q-words-1a2b3c" class="quotation" data-speaker="thomas-barrack" tabindex="0" aria-describedby="q-words-1a2b3c-by">Words.</p>');
  });
});
