/** remark-claims places each claim in its sentence, or applies the places its analysis found (the page render). */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkClaims, { type Options } from '../../src/remark/remark-claims.ts';
import { extractQuotations } from '../../src/analysis/analyse-text.ts';

const TEXT = 'The talks resumed in Paris on Monday. The envoy called the outcome a breakthrough for the region.\n\nNo date was set for a sixth round.\n';
const CLAIMS = [
  { id: 'outcome-breakthrough', claim: 'The outcome is a breakthrough for the region.' },
  { id: 'no-date', claim: 'No date is set for another round.' },
];

async function run(text: string, options: Options = {}): Promise<{ tree: Root; file: VFile }> {
  const file = new VFile({ path: 'content/articles/paris-talks/round-five.md', value: text });
  file.data.frontmatter = { claims: CLAIMS };
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkClaims, options);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, file };
}

describe('remark-claims with a plan', () => {
  it('places the same claims in the same sentences from the analysis', async () => {
    const analysed = await run(TEXT);
    const plan = analysed.file.data.claimPlan!;
    expect(plan.marks.map((m) => [m.paragraph, m.claims])).toEqual([
      [0, [0]],
      [1, [1]],
    ]);
    const rendered = await run(TEXT, { claimPlan: async () => plan });
    expect(rendered.tree).toEqual(analysed.tree);
  });

  it('takes the places from the plan, never looking for the sentences again', async () => {
    const plan = structuredClone((await run(TEXT)).file.data.claimPlan!);
    plan.marks[0]!.claims = [1];
    const { tree } = await run(TEXT, { claimPlan: async () => plan });
    expect(JSON.stringify(tree).match(/text-claim-no-date/g)).toHaveLength(2);
  });

  it('looks for the sentences itself when the plan was made from other text', async () => {
    const plan = (await run(TEXT)).file.data.claimPlan!;
    const edited = TEXT.replace('Monday.', 'Monday, officials said.');
    const fresh = await run(edited);
    expect((await run(edited, { claimPlan: async () => plan })).tree).toEqual(fresh.tree);
  });
});

describe('a quotation in the sentence of a dated claim', () => {
  const envoy = { id: 'dana-holt', name: 'Dana Holt', aliases: ['Holt'], role: 'Envoy', affiliation: 'Varenia', kind: 'person' as const, description: 'An envoy we made up.' };
  const options = { speakers: () => [envoy], sectionUrl: (id: string) => `/articles/${id}/` };
  const section = (claimDate: string, text: string) =>
    [
      '---',
      'title: Talks',
      'order: 1',
      'article: talks',
      'speakers: [dana-holt]',
      'claims:',
      '  - id: holt-deal-close',
      '    claimant: dana-holt',
      '    claim: A deal is close.',
      '    status: asserted',
      `    date: "${claimDate}"`,
      '---',
      '',
      text,
      '',
    ].join('\n');

  it('was said on the claim’s date when the text gives none', async () => {
    const { quotations, messages } = await extractQuotations('content/articles/talks/intro.mdx', section('2026-01-06', 'Envoy Dana Holt said a deal was “close at hand” after the talks.'), options);
    expect(quotations.map((q) => [q.text, q.said])).toEqual([['close at hand', '2026-01-06']]);
    expect(messages.filter((m) => m.ruleId === 'quotation-claim-date')).toEqual([]);
  });

  it('keeps the date the text gives, and the disagreement is reported at the quotation', async () => {
    const text = 'In November 2025, envoy Dana Holt said a deal was “close at hand” in the talks.';
    const { quotations, messages } = await extractQuotations('content/articles/talks/intro.mdx', section('2026-01-06', text), options);
    expect(quotations.map((q) => q.said)).toEqual(['2025-11']);
    expect(messages.filter((m) => m.ruleId === 'quotation-claim-date').map((m) => [m.line, m.reason])).toEqual([
      [14, 'The quotation “close at hand” is dated 2025-11 by the text, but the claim "holt-deal-close" on its sentence is dated 2026-01-06: correct the claim\'s date, or the text'],
    ]);
    // Dates of different precision that can mean the same time agree.
    const month = await extractQuotations('content/articles/talks/intro.mdx', section('2025-11-19', text), options);
    expect(month.quotations.map((q) => q.said)).toEqual(['2025-11']);
    expect(month.messages.filter((m) => m.ruleId === 'quotation-claim-date')).toEqual([]);
  });
});
