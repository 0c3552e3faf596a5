/**
 * What `npm run ingest` writes for one article: the article entry, a section file per section with the
 * registry speakers it quotes and the dates it gives, the raw text, and draft entries for the speakers the
 * registry does not know yet; and a summary of what it found.
 */
import GithubSlugger from 'github-slugger';
import { extractQuotations } from '../analysis/analyse-text.ts';
import { parseArticle, proposeDates, renderArticle, renderSection, type ArticleOptions } from './read-article.ts';
import type { Options } from '../remark/remark-quotations.ts';
import type { Speaker } from '../model/schema.ts';
import { STANDS_FOR_SOMEONE } from '../text/attribution/lexicon.ts';

export interface PlannedFile {
  /** Relative to the content folder. */
  path: string;
  contents: string;
}

export interface IngestSummary {
  sections: number;
  paragraphs: number;
  rejoined: number;
  captions: number;
  dates: number;
  quotations: number;
  /** Quotations no speaker could be found for, where they stand in the written section files. */
  unattributed: { file: string; line: number; text: string }[];
}

export interface IngestPlan {
  files: PlannedFile[];
  /** Speakers quoted in the text whom the registry does not know, as drafts to review. */
  proposedSpeakers: Speaker[];
  summary: IngestSummary;
}

/** A new speaker's kind, guessed from how the text names them: "a Republican aide" is anonymous. */
function kindOf(name: string): Speaker['kind'] {
  if (/^(?:an?|the|one|some|several)\s/i.test(name)) return 'anonymous';
  return /s$/.test(name.split(/\s+/).at(-1)!) && !/\p{Lu}/u.test(name.slice(1)) ? 'organization' : 'person';
}

/** A speaker worth a draft entry: a name or a description, never a word that only stands for someone ("Another"). */
function isProposable(name: string): boolean {
  return !STANDS_FOR_SOMEONE.has(name.toLowerCase());
}

/** The title the text gives a new speaker before their name: "Senate Majority Leader" of "Senate Majority Leader Chuck Schumer". */
function titleOf(phrase: string | null, name: string): string | undefined {
  if (!phrase?.endsWith(name) || phrase === name) return undefined;
  const title = phrase.slice(0, -name.length).trim().replace(/[,\s]+$/, '');
  return /^\p{Lu}/u.test(title) ? title : undefined;
}

/**
 * Plans the ingest of one article. `onSection` reports progress, section by section. Everything is computed
 * in memory; the caller decides what to write.
 */
export async function planIngest(
  raw: string,
  fileName: string,
  slug: string,
  options: ArticleOptions,
  registry: readonly Speaker[],
  onSection: (done: number, total: number) => void = () => {},
): Promise<IngestPlan> {
  const article = parseArticle(raw, fileName);
  // What a Markdown article says of itself fills in what the command line leaves out.
  const meta = article.meta ?? {};
  const settings: ArticleOptions = {
    publisher: options.publisher ?? meta.publisher,
    published: options.published ?? meta.published,
    language: options.language ?? meta.language,
    source: options.source ?? meta.source,
    accessed: options.accessed,
  };
  const folder = `articles/${slug}`;
  const quotationOptions: Options = {
    speakers: () => registry,
    sectionUrl: (id) => `/articles/${id}/`,
    published: () => settings.published,
  };
  const known = new Set(registry.map((speaker) => speaker.id));
  const slugger = new GithubSlugger();
  const proposed = new Map<string, Speaker>();
  const summary: IngestSummary = { sections: article.sections.length, paragraphs: 0, rejoined: article.rejoined, captions: 0, dates: 0, quotations: 0, unattributed: [] };
  const sectionFiles: PlannedFile[] = [];
  for (const [index, section] of article.sections.entries()) {
    const path = `${folder}/${section.slug}.mdx`;
    const fields = { order: index + 1, article: slug, dates: proposeDates(section, settings.published) };
    const draft = renderSection(section, { ...fields, speakers: [] });
    const { quotations } = await extractQuotations(`content/${path}`, draft, quotationOptions);
    const speakers = [...new Set(quotations.flatMap((q) => (q.speaker.id && known.has(q.speaker.id) ? [q.speaker.id] : [])))];
    for (const quotation of quotations) {
      if (quotation.speaker.id === null && quotation.speaker.name !== 'Unattributed' && isProposable(quotation.speaker.name) && !proposed.has(quotation.speaker.name)) {
        const name = quotation.speaker.name;
        proposed.set(name, {
          id: slugger.slug(name),
          name,
          aliases: [name],
          role: titleOf(quotation.attribution.phrase, name) ?? 'To review',
          affiliation: 'To review',
          kind: kindOf(name),
          description: `Quoted in ${slug}/${section.slug} (line ${quotation.line}); proposed by ingest: review, complete and move to speakers.yaml.`,
        });
      }
      if (quotation.speaker.id === null && quotation.speaker.name === 'Unattributed') {
        summary.unattributed.push({ file: path, line: quotation.line, text: quotation.text });
      }
    }
    const contents = renderSection(section, { ...fields, speakers });
    sectionFiles.push({ path, contents });
    summary.paragraphs += section.blocks.filter((b) => b.kind !== 'caption').length;
    summary.captions += section.blocks.filter((b) => b.kind === 'caption').length;
    summary.dates += fields.dates.length;
    summary.quotations += quotations.length;
    onSection(index + 1, article.sections.length);
  }
  return {
    files: [{ path: `${folder}/article.yaml`, contents: renderArticle(article, settings) }, ...sectionFiles, { path: `${folder}/source.txt`, contents: raw }],
    proposedSpeakers: [...proposed.values()].filter((speaker) => !known.has(speaker.id)),
    summary,
  };
}
