/** remark-claims places each claim in its sentence, or applies the places its analysis found (the page render). */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkClaims, { type Options } from '../../src/remark/remark-claims.ts';

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
