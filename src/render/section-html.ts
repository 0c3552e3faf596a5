/**
 * A section file's text as the HTML its page shows: Markdown with our components (MDX syntax), the quotations,
 * claims and dates marked as the section's analysis found them, the first mention of each speaker linked, and
 * the result made inert. Rendered once per section, in the content layer, so that no section becomes a module
 * the bundler has to build.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { inertHtml } from '../rehype/rehype-inert-html.ts';
import remarkClaims, { type ClaimPlan } from '../remark/remark-claims.ts';
import remarkDates, { type DatePlan } from '../remark/remark-dates.ts';
import remarkInertContent from '../remark/remark-inert-content.ts';
import remarkQuotations, { type Options as QuotationOptions, type RenderPlan } from '../remark/remark-quotations.ts';
import remarkSpeakerLinks from '../remark/remark-speaker-links.ts';

/** The MDX nodes remark-rehype hands on as they are, for rehype-inert-html to turn into elements or drop. */
const MDX_NODES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'] as const;

export interface SectionHtmlOptions {
  quotations: QuotationOptions;
  /** The page of a speaker, with the site's base path. */
  speakerUrl: (id: string) => string;
}

/** How the section's analysis marks its quotations, claims and dates. */
export interface SectionPlans {
  plan?: RenderPlan;
  claimPlan?: ClaimPlan;
  datePlan?: DatePlan;
}

/** A section file to render: its path and whole source (frontmatter included), the frontmatter read, and its plans. */
export interface SectionSource {
  path: string;
  source: string;
  frontmatter: Record<string, unknown>;
  /** Without them, the plugins analyse the text themselves. */
  plans?: SectionPlans;
}

/** A renderer of section files, which shares one processor between them. */
export function sectionRenderer(options: SectionHtmlOptions): (section: SectionSource) => Promise<string> {
  const { quotations, speakerUrl } = options;
  const plansOf = new WeakMap<VFile, SectionPlans>();
  const plans = (file: VFile) => plansOf.get(file) ?? {};
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkMdx)
    .use(remarkGfm)
    // Code, unsafe links and images are taken out before anything reads or copies them (the check refuses them first).
    .use(remarkInertContent, { remove: true })
    // Marked as the section's analysis found them, never decided again.
    .use(remarkQuotations, { ...quotations, plan: async (file) => plans(file).plan })
    .use(remarkClaims, { claimPlan: async (file) => plans(file).claimPlan })
    .use(remarkDates, { ...quotations, datePlan: async (file) => plans(file).datePlan })
    .use(remarkSpeakerLinks, { speakers: quotations.speakers, speakerUrl })
    .use(remarkRehype, { passThrough: [...MDX_NODES] })
    .use(inertHtml)
    .use(rehypeHeadingIds)
    .use(rehypeStringify);
  return async ({ path, source, frontmatter, plans: sectionPlans }) => {
    const file = new VFile({ path, value: source, data: { frontmatter } });
    if (sectionPlans) plansOf.set(file, sectionPlans);
    return String(await processor.process(file));
  };
}
