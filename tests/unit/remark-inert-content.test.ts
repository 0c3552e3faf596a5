/** remark-inert-content: a section's code, unknown elements and unsafe URLs are errors at their place. */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkInertContent, { MAX_NESTING } from '../../src/remark/remark-inert-content.ts';

/** The errors of one MDX text, as `line:column rule: reason`. */
async function errors(text: string): Promise<string[]> {
  const file = new VFile({ path: 'content/articles/paris-talks/round-five.mdx', value: text });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkInertContent);
  await processor.run(processor.parse(file), file);
  expect(file.messages.every((message) => message.fatal === true)).toBe(true);
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`);
}

describe('remark-inert-content', () => {
  it('accepts plain text, our components, allow-listed inline HTML, comments and safe URLs', async () => {
    const text = [
      'The envoy called it <Quote speaker="thomas-barrack" said="2026-01-06" kind="partial">“a start”</Quote>, with <em>care</em>.',
      '',
      '<Figure credit="Press office">',
      'A photo of the <abbr title="United Nations">UN</abbr> hall.<br />',
      '</Figure>',
      '',
      '{/* a maintainer’s note, which renders nothing */}',
      '',
      'See [the report](https://example.org/report?x=1), [our quotations](/quotes/), [the next part](../second/) and ![the map](./map.png).',
      '',
      '> A quotation set apart, with an escaped \\{brace\\}.',
    ].join('\n');
    expect(await errors(text)).toEqual([]);
  });

  it('refuses import and export statements', async () => {
    expect(await errors("Text.\n\nimport { readFileSync } from 'node:fs'\n\nexport const x = 1\n")).toEqual([
      '3:1 mdx-esm: import and export statements are not allowed in a section: its text is data, not code; remove this statement',
      '5:1 mdx-esm: import and export statements are not allowed in a section: its text is data, not code; remove this statement',
    ]);
  });

  it('refuses expressions in text and in blocks, saying how to write a brace', async () => {
    const found = await errors('Home is {process.env.HOME} here.\n\n{2}\n\nThe text says {sic}.\n');
    expect(found).toEqual([
      '1:9 mdx-expression: {process.env.HOME} is a JavaScript expression, which a section may not hold: to write braces in the text, write \\{ and \\}',
      '3:1 mdx-expression: {2} is a JavaScript expression, which a section may not hold: to write braces in the text, write \\{ and \\}',
      '5:15 mdx-expression: {sic} is a JavaScript expression, which a section may not hold: to write braces in the text, write \\{ and \\}',
    ]);
  });

  it('refuses elements that are not ours or allow-listed, naming what is allowed', async () => {
    const found = await errors('<script>alert(1)</script>\n\nA <Redacted>word</Redacted> and <meta httpEquiv="refresh" content="0;url=https://example.com" />.\n\n<img src="x" />\n\n<>fragment</>\n');
    expect(found.map((line) => line.split(': ')[0])).toEqual(['1:1 mdx-element', '3:3 mdx-element', '3:33 mdx-element', '5:1 mdx-element', '7:1 mdx-element']);
    expect(found[1]).toContain('<Redacted> is not an element a section may use: use <Quote>, <Figure>, or inline <em>');
    expect(found[1]).toContain('to write a < in the text, write \\<');
  });

  it('refuses event handlers, styles, unknown attributes, spreads and expression values', async () => {
    const found = await errors('<em onClick="alert(1)">a</em> <strong style="color:red">b</strong> <em class="x">c</em> <em {...props}>d</em> <abbr title={secret}>e</abbr>\n');
    expect(found).toEqual([
      '1:1 mdx-attribute: <em> may not have onClick: event handlers and styles are not allowed in a section; remove it',
      '1:31 mdx-attribute: <strong> may not have style: event handlers and styles are not allowed in a section; remove it',
      '1:68 mdx-attribute: <em> takes no attribute "class": it takes lang="…"; remove it',
      '1:89 mdx-attribute: <em> has a spread expression {…}: the text is data, not code; write each attribute as name="value"',
      '1:111 mdx-attribute: <abbr>’s title is a JavaScript expression: write it as title="…", a plain string',
    ]);
  });

  it('checks the values of our components’ attributes', async () => {
    const found = await errors('<Quote said="2026-13-45">“a”</Quote> <Quote kind="maybe">“b”</Quote> <Quote speaker>“c”</Quote> <Figure src="x.png">d</Figure>\n');
    expect(found).toEqual([
      expect.stringMatching(/^1:1 mdx-attribute: <Quote>’s said: "2026-13-45" has month 13: months run from 01 to 12/),
      '1:38 mdx-attribute: <Quote>’s kind: "maybe" must be one of full, partial, none',
      '1:70 mdx-attribute: <Quote>’s speaker has no value: write speaker="…"',
      '1:97 mdx-attribute: <Figure> takes no attribute "src": it takes credit="…"; remove it',
    ]);
  });

  it('refuses URLs that run code, leave the site unsaid, or images from outside the article’s folder', async () => {
    const found = await errors(
      ['[a](javascript:alert(1))', '[b](JavaScript:alert(1))', '[c](data:text/html,hi)', '[d](//example.com/x)', '![e](../../../../etc/secret.png)', '![f](../other-article/x.png)', '', '[g]: vbscript:run'].join('\n'),
    );
    expect(found.map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      '1:1 url: a "javascript:" URL is not allowed',
      '2:1 url: a "javascript:" URL is not allowed',
      '3:1 url: a "data:" URL is not allowed',
      '4:1 url: a URL starting with // leaves the site without saying how',
      '5:1 url: an image path must stay inside the article’s folder',
      '6:1 url: an image path must stay inside the article’s folder',
      '8:1 url: a "vbscript:" URL is not allowed',
    ]);
  });

  it(`refuses nesting deeper than ${MAX_NESTING} levels, once, where it starts`, async () => {
    const deep = `${'> '.repeat(1000)}Too deep.\n`;
    const found = await errors(deep);
    expect(found).toEqual([`1:${2 * MAX_NESTING + 1} nesting: is nested more than ${MAX_NESTING} levels deep here (block quotations, lists or elements inside each other): flatten it`]);
    expect(await errors(`${'> '.repeat(MAX_NESTING - 2)}Deep enough.\n`)).toEqual([]);
  });
});
