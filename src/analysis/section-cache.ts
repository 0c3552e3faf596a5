/**
 * One analysis per section, shared by every process that needs it: the content check (its own process) analyses
 * each section and keeps the result on disk under Astro's cache directory; the collections' loaders then take it
 * from there. A result is keyed by a digest of everything it depends on: the section file, the speaker
 * registry, the section's article entry, and the analyser's own source, so that any change re-analyses exactly
 * what it affects. URLs are kept without the base path; readers add theirs.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFileMessage } from 'vfile-message';
import { ARTICLE_FILE, SPEAKERS_FILE } from '../model/content-layout.ts';
import { sectionFiles } from '../model/registry.ts';
import type { QuotationRecord, RenderPlan } from '../remark/remark-quotations.ts';
import type { ClaimPlan } from '../remark/remark-claims.ts';
import type { DateMention, DatePlan } from '../remark/remark-dates.ts';
import { inWorkers, threadsFor } from '../model/worker-shares.ts';
import { extractQuotations } from './analyse-text.ts';
import type { AnalysisShared } from './analysis-worker.ts';
import { quotationOptions } from './quotation-options.ts';

/** A diagnostic of the analysis, as plain data. */
export interface AnalysisMessage {
  reason: string;
  line?: number;
  column?: number;
  ruleId?: string;
  /** An error, not a warning: the section cannot be published as it is. */
  fatal?: true;
}

export interface SectionAnalysis {
  digest: string;
  quotations: QuotationRecord[];
  dateMentions: DateMention[];
  messages: AnalysisMessage[];
  /** How the page render marks the quotations, the dates and the claims, so that it never decides them again. */
  plan?: RenderPlan;
  datePlan?: DatePlan;
  claimPlan?: ClaimPlan;
}

/** Where the analyses are kept: inside Astro's cache directory (astro.config.mjs), so one `rm -rf .astro` clears both. */
export const ANALYSIS_CACHE_DIR = join('.astro', 'cache', 'analysis');

/** A digest of the TypeScript sources in some folders of src/ ("text", "remark"): a new version of their code. */
export function codeDigest(folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders.map((name) => fileURLToPath(new URL(`../${name}/`, import.meta.url)))) {
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(`${name}\0`).update(readFileSync(join(folder, name))).update('\0');
    }
  }
  return hash.digest('hex');
}

let analyserVersion: string | undefined;

/** The analyser's version: its code's folders, read once per process (a worker thread takes its process's). */
export function analyser(): string {
  return (analyserVersion ??= codeDigest(['text', 'remark', 'analysis', 'model', 'ingest']));
}

/** In a worker thread: the version its process computed, so that both digest every section alike. */
export function adoptAnalyser(version: string): void {
  analyserVersion = version;
}

/** The files every digest reads (the registry, the article entries), by their own digest: read again only when they change. */
class SharedFiles {
  private readonly read = new Map<string, { stamp: string; digest: string }>();

  /** Hashed once per change, not once per section: the registry is hashed into every section's digest. */
  digest(path: string): string {
    if (!existsSync(path)) return '';
    const { mtimeMs, size } = statSync(path);
    const stamp = `${mtimeMs}:${size}`;
    const known = this.read.get(path);
    if (known?.stamp === stamp) return known.digest;
    const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
    this.read.set(path, { stamp, digest });
    return digest;
  }
}

/** Counts of one process's analyses: how many were computed, how many read back. */
export interface AnalysisCounts {
  analysed: number;
  fromCache: number;
}

/** The analyses of a content folder, computed at most once per digest, across processes. */
export class AnalysisCache {
  readonly counts: AnalysisCounts = { analysed: 0, fromCache: 0 };
  private readonly dir: string;
  private readonly options;
  /** Analyses this process has already seen, by digest, unless told not to keep them (see the constructor). */
  private readonly memory = new Map<string, SectionAnalysis>();
  private readonly remember: boolean;

  private readonly contentDir: string;
  /** The project whose `.astro/cache/` keeps the analyses (and what other caches of the content keep beside them). */
  readonly projectRoot: string;
  private readonly shared = new SharedFiles();
  /** Digests analysed by worker threads, which this process then reads back from disk as its own analyses. */
  private readonly analysedElsewhere = new Set<string>();
  /** Each section's digest, with what it was made from (see `digest`). */
  private readonly digests = new Map<string, { stamp: string; registry: string; article: string; digest: string }>();

  /**
   * `remember: false` reads each analysis from disk whenever asked: for the Astro process, which asks for each
   * section a few times over a long build and would otherwise hold every analysis of the corpus until it ends.
   */
  constructor(contentDir: string, projectRoot = process.cwd(), { remember = true }: { remember?: boolean } = {}) {
    this.contentDir = contentDir;
    this.projectRoot = projectRoot;
    this.remember = remember;
    this.dir = join(projectRoot, ANALYSIS_CACHE_DIR);
    this.options = quotationOptions(contentDir, '/');
  }

  /** Every section's analysis, in the content folder's order, with its file. */
  async sections(): Promise<{ path: string; analysis: SectionAnalysis }[]> {
    const all: { path: string; analysis: SectionAnalysis }[] = [];
    for (const path of sectionFiles(this.contentDir)) all.push({ path, analysis: await this.section(path) });
    return all;
  }

  /**
   * Analyses the sections whose kept analysis is out of date in worker threads, one per core, and keeps them on
   * disk for `section()` to read back. A few sections are left to `section()` itself (`threads` chooses, for tests).
   */
  async analyseInParallel(paths: readonly string[], { threads: chosen }: { threads?: number } = {}): Promise<void> {
    const stale = paths.filter((path) => !this.isKept(path));
    const threads = chosen ?? threadsFor(stale.length);
    if (!threads) return;
    const shared: AnalysisShared = { contentDir: this.contentDir, projectRoot: this.projectRoot, analyser: analyser() };
    const digests = await inWorkers<AnalysisShared, string>(new URL('./analysis-worker.ts', import.meta.url), stale, shared, threads);
    for (const digest of digests) this.analysedElsewhere.add(digest);
  }

  /** The file that keeps a section's analysis. */
  private keptFile(path: string): string {
    return join(this.dir, `${basename(dirname(path))}--${basename(path, '.mdx')}.json`);
  }

  /** Whether the analysis kept for a section is the one its file and registry give now. */
  private isKept(path: string): boolean {
    const file = this.keptFile(path);
    if (!existsSync(file)) return false;
    const head = keptHead(this.digest(path));
    const bytes = Buffer.alloc(head.length);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, bytes, 0, bytes.length, 0);
    } finally {
      closeSync(fd);
    }
    return bytes.toString('utf8') === head;
  }

  /**
   * The digest an analysis of the file as it is now has, without reading or making the analysis: of its file, the
   * registry, its article entry and the analyser. Kept while the file (by its stamp) and the registry and article
   * entry (as `SharedFiles` reads them) are unchanged, since a build asks for it more than once per section.
   */
  digest(path: string): string {
    const { mtimeMs, size } = statSync(path);
    const stamp = `${mtimeMs}:${size}`;
    const registry = this.shared.digest(join(this.contentDir, SPEAKERS_FILE));
    const article = this.shared.digest(join(dirname(path), ARTICLE_FILE));
    const known = this.digests.get(path);
    if (known?.stamp === stamp && known.registry === registry && known.article === article) return known.digest;
    const digest = createHash('sha256')
      .update(analyser())
      .update(`\0${relative(this.contentDir, path)}\0`)
      .update(readFileSync(path))
      .update('\0')
      .update(registry)
      .update('\0')
      .update(article)
      .digest('hex');
    this.digests.set(path, { stamp, registry, article, digest });
    return digest;
  }

  /** The analysis of one section file: read back when its digest is known, computed (and kept) otherwise. */
  async section(path: string): Promise<SectionAnalysis> {
    const digest = this.digest(path);
    const known = this.memory.get(digest);
    if (known) return known;
    // One file per section, which a new analysis replaces: listing the folder to remove older ones would cost a
    // look at every section's file for each analysis made, which at 40,000 sections outweighs the analyses.
    const file = this.keptFile(path);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (text.startsWith(keptHead(digest))) {
      const kept = fromKept(JSON.parse(text) as KeptAnalysis);
      if (kept.digest === digest) {
        if (this.analysedElsewhere.delete(digest)) this.counts.analysed++;
        else this.counts.fromCache++;
        if (this.remember) this.memory.set(digest, kept);
        return kept;
      }
    }
    // A section whose MDX does not parse throws its message: the check reports it, and nothing is kept.
    const extraction = await extractQuotations(path, readFileSync(path, 'utf8'), this.options);
    const analysis: SectionAnalysis = {
      digest,
      quotations: extraction.quotations,
      dateMentions: extraction.dateMentions,
      messages: extraction.messages.map(plainMessage),
      plan: extraction.plan,
      datePlan: extraction.datePlan,
      claimPlan: extraction.claimPlan,
    };
    this.counts.analysed++;
    mkdirSync(this.dir, { recursive: true });
    // Written whole, then renamed: a process reading at the same time never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(toKept(analysis)));
    renameSync(partial, file);
    if (this.remember) this.memory.set(digest, analysis);
    return analysis;
  }
}

/** How a kept analysis begins: its digest is written first, so that a stale file is known without being parsed. */
const keptHead = (digest: string) => `{"digest":${JSON.stringify(digest)}`;

/**
 * An analysis as kept on disk. Every quotation record holds its whole paragraph, and the render plan holds the
 * same records again: written as they are, a paragraph of n quotations would be written 2n times, and one of a
 * few thousand would pass the longest string JSON can make. So each paragraph is written once, in `paragraphs`,
 * each record names its own by index, and a plan whose records are the quotations says so instead of repeating them.
 */
interface KeptAnalysis extends Omit<SectionAnalysis, 'quotations' | 'plan'> {
  paragraphs: string[];
  quotations: KeptRecord[];
  plan?: Omit<RenderPlan, 'records'> & { records: KeptRecord[] | 'quotations' };
}

type KeptRecord = Omit<QuotationRecord, 'paragraph'> & { paragraph: number };

function toKept(analysis: SectionAnalysis): KeptAnalysis {
  const paragraphs: string[] = [];
  const indexes = new Map<string, number>();
  const keep = (record: QuotationRecord): KeptRecord => {
    let index = indexes.get(record.paragraph);
    if (index === undefined) indexes.set(record.paragraph, (index = paragraphs.push(record.paragraph) - 1));
    return { ...record, paragraph: index };
  };
  const { quotations: records, plan: planned, ...rest } = analysis;
  const quotations = records.map(keep);
  const plan = planned && { ...planned, records: planned.records === records ? ('quotations' as const) : planned.records.map(keep) };
  return { ...rest, quotations, ...(plan && { plan }), paragraphs };
}

/** The analysis a kept one was made from, as the analysis itself gives it: the plan's records are the quotations. */
function fromKept({ paragraphs, quotations: records, plan: planned, ...rest }: KeptAnalysis): SectionAnalysis {
  const restore = (record: KeptRecord): QuotationRecord => ({ ...record, paragraph: paragraphs[record.paragraph]! });
  const quotations = records.map(restore);
  const plan = planned && { ...planned, records: planned.records === 'quotations' ? quotations : planned.records.map(restore) };
  return { ...rest, quotations, ...(plan && { plan }) };
}

/** A vfile message as plain data; where a parser gave only a range, its start. */
function plainMessage(message: VFileMessage): AnalysisMessage {
  const start = message.place && 'start' in message.place ? message.place.start : message.place;
  return { reason: message.reason, line: message.line ?? start?.line, column: message.column ?? start?.column, ruleId: message.ruleId, ...(message.fatal === true && { fatal: true as const }) };
}

/** The build's one line about the analysis. */
export function countsLine({ analysed, fromCache }: AnalysisCounts): string {
  const sections = analysed + fromCache;
  return `analysed ${sections} section${sections === 1 ? '' : 's'} (${fromCache} from cache)`;
}
