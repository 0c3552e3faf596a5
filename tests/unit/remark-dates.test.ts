/** remark-dates marks the dates of a document, or applies the marks its analysis made (the page render). */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkDates, { type Options } from '../../src/remark/remark-dates.ts';

const DOC = 'The talks in Paris on January 5–6 ended.\n\nA sixth round may follow in late February, or in recent weeks.\n';
const OPTIONS: Options = { published: () => '2026-01' };

async function run(text: string, options: Options): Promise<{ tree: Root; file: VFile }> {
  const file = new VFile({ path: 'content/articles/paris-talks/round-five.md', value: text });
  const processor = unified().use(remarkParse).use(remarkDates, options);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, file };
}

describe('remark-dates with a plan', () => {
  it('marks the same dates, with the same ids and mentions, from the analysis', async () => {
    const analysed = await run(DOC, OPTIONS);
    const plan = analysed.file.data.datePlan!;
    expect(plan.mentions.map((m) => m.value)).toEqual(['2026-01-05/2026-01-06', '2025-02']);
    const rendered = await run(DOC, { ...OPTIONS, datePlan: async () => plan });
    expect(rendered.tree).toEqual(analysed.tree);
    expect(rendered.file.data.dateMentions).toEqual(analysed.file.data.dateMentions);
  });

  it('takes the marks from the plan, never reading the dates again', async () => {
    const plan = structuredClone((await run(DOC, OPTIONS)).file.data.datePlan!);
    plan.paragraphs[0]!.marks[0]!.hProperties.title = 'as the analysis said';
    const { tree } = await run(DOC, { ...OPTIONS, datePlan: async () => plan });
    expect(JSON.stringify(tree)).toContain('as the analysis said');
  });

  it('reads the dates itself when the plan was made from other text', async () => {
    const plan = (await run(DOC, OPTIONS)).file.data.datePlan!;
    const edited = DOC.replace('late February', 'March 3');
    const rendered = await run(edited, { ...OPTIONS, datePlan: async () => plan });
    expect(rendered.file.data.dateMentions!.map((m) => m.value)).toEqual(['2026-01-05/2026-01-06', '2025-03-03']);
  });
});
