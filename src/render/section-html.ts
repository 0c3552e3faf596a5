/**
 * A section file's text as the HTML its page shows: Markdown with our components (MDX syntax), the quotations,
 * claims and dates marked as the section's analysis found them, the first mention of each speaker linked, the
 * result made inert, and each annotation's note placed after its words. Rendered once per section, in the content
 * layer, so that no section becomes a module the bundler has to build.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFrontmatter, rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { sectionIdOf } from '../model/registry.ts';
import { inertHtml } from '../rehype/rehype-inert-html.ts';
import { articleIdPrefix, sectionInArticle } from './article-html.ts';
import rehypeSidenotes from '../rehype/rehype-sidenotes.ts';
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

/**
 * Renders section files and keeps their HTML (`keepSectionHtml`), each from its analysis's plans: what the content
 * layer does with each section that changed, in its own process or a worker thread's.
 */
export function sectionHtmlKeeper(options: SectionHtmlOptions, projectRoot: string, plansOf: (path: string) => Promise<SectionPlans>): (path: string) => Promise<void> {
  const render = sectionTreeRenderer(options);
  return async (path) => {
    const source = readFileSync(path, 'utf8');
    const { frontmatter } = parseFrontmatter(source);
    const id = sectionIdOf(path);
    const tree = await render({ path, source, frontmatter, plans: await plansOf(path) });
    const html = toHtml(tree);
    const { html: inArticle, links } = sectionInArticle(tree, articleIdPrefix(id));
    keepSectionHtml(projectRoot, id, { html, inArticle, links });
  };
}

/** A renderer of section files to HTML trees, which shares one processor between them. */
export function sectionTreeRenderer(options: SectionHtmlOptions): (section: SectionSource) => Promise<HastRoot> {
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
    // After the sanitizer: the notes and their toggles are ours, made from the frontmatter and the registry.
    .use(rehypeSidenotes, { speakers: quotations.speakers })
    .use(rehypeHeadingIds);
  return async ({ path, source, frontmatter, plans: sectionPlans }) => {
    const file = new VFile({ path, value: source, data: { frontmatter } });
    if (sectionPlans) plansOf.set(file, sectionPlans);
    return processor.run(processor.parse(file), file);
  };
}

/**
 * Where a section's render is kept between its render and its pages: a file of its own under Astro's cache folder,
 * not Astro's data store, which is written as one string and cannot hold 40,000 sections of HTML.
 */
export const SECTION_HTML_DIR = join('.astro', 'cache', 'section-html');

/** A section as its pages use it: its HTML on its own page and on its article's, and the addresses it links to. */
export interface KeptSection {
  html: string;
  inArticle: string;
  links: string[];
}

export const sectionHtmlFile = (projectRoot: string, sectionId: string) => join(projectRoot, SECTION_HTML_DIR, `${sectionId.replace('/', '--')}.json`);

/** Keeps a section's render, written whole then renamed, so that a page never reads half of it. */
export function keepSectionHtml(projectRoot: string, sectionId: string, kept: KeptSection): void {
  const file = sectionHtmlFile(projectRoot, sectionId);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(kept));
  renameSync(`${file}.${process.pid}.tmp`, file);
}

/** A section's render as its last render kept it, or undefined when there is none. */
export function keptSectionHtml(projectRoot: string, sectionId: string): KeptSection | undefined {
  const file = sectionHtmlFile(projectRoot, sectionId);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KeptSection) : undefined;
}
