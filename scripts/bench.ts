/**
 * npm run bench: builds synthetic corpora of N articles (default 10, 100 and 1000) in temporary copies of the
 * project, and reports for each the time of the content checks, Astro and Pagefind, peak memory, pages, output
 * size and section page weight, next to the floor (a bare Astro + MDX build of the same MDX files); then times
 * search in Chromium on the largest. First it times the analysis of one paragraph of 1,000 and of 4,000 quotations
 * (scripts/bench/bench-paragraph.ts, also runnable alone). Prints a table with the targets and writes
 * scripts/bench/results/bench.json.
 *
 *   npm run bench -- --sizes 10,100 --seed 1 --skip-search --skip-lighthouse --skip-paragraph
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AnalysisCache } from '../src/analysis/section-cache.ts';
import { checkAll } from '../src/check/check-all.ts';
import { formatProblems } from '../src/check/content-check.ts';
import { generateCorpus, mulberry32, writeCorpus, type Corpus } from './bench/synthetic-corpus.ts';
import { copyProject, distStats, floorProject, formatKb, formatMs, PROJECT_ROOT, tail, timedBuild, type BuildRun, type DistStats } from './bench/bench-build.ts';
import { lighthouseScores, type Scores } from './bench/bench-lighthouse.ts';
import { serve } from './bench/static-server.ts';
import { firstQueryName, measureSearch, totalBytes, type RelevanceCase, type SearchReport } from './bench/bench-search.ts';
import { SEARCH_TERMS_FILE } from '../src/model/search-filters.ts';
import { knownTerms } from '../src/outputs/search-index.ts';
import { gzippedSize, termsJson } from '../src/outputs/search-terms.ts';
import { escapeRegExp } from '../src/model/strings.ts';
import { isTermWorthy, termKey, wordsIn } from '../src/text/spelling/term-words.ts';
import { measureParagraph, type ParagraphReport } from './bench/bench-paragraph.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    seed: { type: 'string', default: '1' },
    'skip-search': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-paragraph': { type: 'boolean', default: false },
    /** Our build alone, without the floor and the warm rebuild: a one-off measurement at a size such as 10,000. */
    'ours-only': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed)) {
  console.error('usage: npm run bench -- [--sizes 10,100,1000] [--seed 1] [--skip-search] [--skip-lighthouse] [--skip-paragraph] [--ours-only]');
  process.exit(2);
}
sizes.sort((a, b) => a - b);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RESULTS = join(PROJECT_ROOT, 'scripts', 'bench', 'results', 'bench.json');
/** Ours is built as `npm run build` builds it: Astro, then Pagefind once Astro has exited. */
const BUILD_SCRIPT = join('scripts', 'build.ts');

/** Temporary folders, removed at the end, on failure, and on Ctrl-C. */
const temporary = new Set<string>();
function cleanUp(): void {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  temporary.clear();
}
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

function fail(message: string): never {
  console.error(`\nbench failed: ${message}`);
  cleanUp();
  process.exit(1);
}

const log = (line: string) => console.log(line);
const median = (list: readonly number[]) => quantile(list, 0.5);
function quantile(list: readonly number[], q: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

interface Measured {
  buildMs: number;
  totalMs: number;
  pages: number;
  files: number;
  distBytes: number;
  sectionPageGz: { median: number; max: number };
  heaviestPageGz: { path: string; bytes: number };
  pagefind: DistStats['pagefind'];
  perPageMs: number;
  perSectionMs: number;
  maxRssKb: number | null;
  treeRssKb: number | null;
}

interface SizeResult {
  articles: number;
  sections: number;
  plantedQuotations: number;
  generateMs: number;
  checks: { ms: number; errors: number; warnings: number };
  ours: Measured & {
    astroMs: number;
    pagefindMs: number | null;
    pagefindRssKb: number | null;
    indexed: { pages: number; records: number } | null;
    /** The spelling dictionary the search page fetches when a query needs it: terms, and bytes gzipped. */
    terms: { count: number; gzBytes: number };
  };
  /**
   * `npm run build` again after one section was edited: its own check re-analyses that section alone (`analysed`,
   * the line it logs), the others come from the cache. First a sentence added (`totalMs`), then a word added inside
   * one of its quotations (`quotationEditMs`), which indexes the records' search bundle again. Null with
   * --ours-only, as are the floor and the ratio.
   */
  warm: { totalMs: number; analysed: string; quotationEditMs: number } | null;
  floor: Measured | null;
  /** Ours over the floor: total time (equally, time per section page, since the floor builds one page per section). */
  ratioToFloor: number | null;
}

function measured(run: BuildRun, stats: DistStats, totalMs: number, sections: number): Measured {
  return {
    buildMs: run.ms,
    totalMs,
    pages: stats.pages,
    files: stats.files,
    distBytes: stats.bytes,
    sectionPageGz: { median: median(stats.sectionPagesGz), max: stats.sectionPagesGz.at(-1) ?? NaN },
    heaviestPageGz: stats.heaviestPageGz,
    pagefind: stats.pagefind,
    perPageMs: totalMs / stats.pages,
    perSectionMs: totalMs / sections,
    maxRssKb: run.maxRssKb ?? null,
    treeRssKb: run.treeRssKb ?? null,
  };
}

/** What the build logs once Pagefind is done: `indexed N pages and M quotations and claims[ in X ms]`. */
function pagefindLine(output: string) {
  const match = /^(?:.*\[verbatim:pagefind\] )?indexed (\d+) pages and (\d+) quotations and claims(?: \(unchanged[^)]*\))?(?: in ([\d.]+) ?ms)?/m.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
  if (!match) return { indexed: null, ms: null };
  return { indexed: { pages: Number(match[1]), records: Number(match[2]) }, ms: match[3] ? Number(match[3]) : null };
}

async function buildOrFail(project: string, outDir: string, label: string, script?: string): Promise<BuildRun> {
  const run = await timedBuild(project, outDir, label, script);
  if (run.status !== 0) fail(`${label} exited with status ${run.status} after ${formatMs(run.ms)}. The end of its output:\n\n${tail(run.output)}`);
  return run;
}

/** The floor's build of the same MDX files, then our warm rebuild after one edit. */
async function floorAndWarm(root: string, project: string, content: string, corpus: Corpus, articles: number, sections: number): Promise<{ floor: Measured; warm: NonNullable<SizeResult['warm']> }> {
  log('  astro build (floor: Astro + MDX alone)…');
  const floorDir = floorProject(join(root, 'floor'), join(content, 'articles'));
  const floorDist = join(floorDir, 'dist');
  const floor = await buildOrFail(floorDir, floorDist, `N=${articles} floor build`);
  const floorStats = distStats(floorDist, '', 2);
  log(`  built ${floorStats.pages} pages in ${formatMs(floor.ms)}`);

  log('  warm rebuild after one edit…');
  // After the floor, which builds the same MDX files: one sentence added to one section, then `npm run build` into
  // the same dist/, as a maintainer runs it, its check re-analysing that section alone (the cold build's total
  // counts its checks too).
  const edited = join(content, 'articles', corpus.articles[0]!.slug, `${corpus.articles[0]!.sections[0]!.slug}.mdx`);
  appendFileSync(edited, '\nA closing sentence added for the warm rebuild.\n');
  const warmBuild = await buildOrFail(project, join(project, 'dist'), `N=${articles} warm rebuild`, BUILD_SCRIPT);
  const analysed = /^analysed \d+ sections.*$/m.exec(warmBuild.output)?.[0];
  if (analysed !== `analysed ${sections} sections (${sections - 1} from cache)`) fail(`the warm rebuild should analyse the edited section alone, but logged "${analysed ?? 'nothing'}". The end of its output:\n\n${tail(warmBuild.output)}`);
  log(`  rebuilt in ${formatMs(warmBuild.ms)} (${analysed})`);
  log('  warm rebuild after a quotation edited…');
  // The same section again, a word added inside its first quotation: its record changes, so its article's shard of
  // the records' bundle is indexed again, which an added sentence leaves as it was.
  const text = readFileSync(edited, 'utf8');
  const body = text.indexOf('\n---', 3);
  const quotation = /"(\p{Lu}\p{Ll}*) /u.exec(text.slice(body));
  if (body < 0 || !quotation) fail(`the warm rebuild's second edit needs a quotation in ${edited}, which has none in straight quotation marks`);
  const at = body + quotation!.index + quotation![0].length;
  writeFileSync(edited, `${text.slice(0, at)}indeed ${text.slice(at)}`);
  const quotationBuild = await buildOrFail(project, join(project, 'dist'), `N=${articles} warm rebuild after a quotation edit`, BUILD_SCRIPT);
  const recordsShards = /the records' in (\d+) shards?, (\d+) unchanged and reused/.exec(quotationBuild.output);
  if (!recordsShards || recordsShards[1] === recordsShards[2]) fail(`the quotation edited in ${edited} should have changed its search record, but the build reused every shard of the records' bundle`);
  const warm = { totalMs: warmBuild.ms, analysed, quotationEditMs: quotationBuild.ms };
  log(`  rebuilt in ${formatMs(warm.quotationEditMs)}`);
  return { floor: measured(floor, floorStats, floor.ms, sections), warm };

}

/** Generates, checks and builds one corpus size, ours and the floor; keeps the temporary folder when `keep`. */
async function benchSize(articles: number, keep: boolean): Promise<{ result: SizeResult; corpus: Corpus; dist: string }> {
  const root = mkdtempSync(join(tmpdir(), `verbatim-bench-${articles}-`));
  temporary.add(root);
  log(`\nN=${articles}: generating ${articles} articles (seed ${seed}) in ${root}`);
  let started = performance.now();
  const corpus = generateCorpus({ articles, seed });
  const project = copyProject(join(root, 'project'));
  const content = join(project, 'content');
  writeCorpus(corpus, content);
  const generateMs = performance.now() - started;
  const sections = corpus.articles.reduce((sum, a) => sum + a.sections.length, 0);
  const plantedQuotations = corpus.articles.reduce((sum, a) => sum + a.sections.reduce((n, s) => n + s.quotations.length, 0), 0);
  log(`  ${sections} sections, ${plantedQuotations} quotations, written in ${formatMs(generateMs)}`);

  log('  content checks…');
  started = performance.now();
  // The analyses go to the copy's own cache, where its build looks for them.
  const problems = await checkAll(content, new AnalysisCache(content, project));
  const checksMs = performance.now() - started;
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) fail(`the generated content has ${errors.length} errors:\n${formatProblems(errors.slice(0, 20))}`);
  log(`  content checks: ${formatMs(checksMs)} (${problems.length} warnings)`);

  log('  npm run build (ours: the checks from their cache, Astro, then Pagefind)…');
  // Inside the project: the build's prerender chunks resolve packages through its node_modules.
  const dist = join(project, 'dist');
  const ours = await buildOrFail(project, dist, `N=${articles} build`, BUILD_SCRIPT);
  const pagefind = pagefindLine(ours.output);
  const oursStats = distStats(dist, 'articles', 2);
  const termsFile = readFileSync(join(dist, SEARCH_TERMS_FILE), 'utf8');
  const termsParsed = JSON.parse(termsFile) as { names: string[]; words: string[] };
  log(`  built ${oursStats.pages} pages in ${formatMs(ours.ms)}${pagefind.ms !== null ? ` (Pagefind ${formatMs(pagefind.ms)})` : ''}`);

  const { floor, warm } = values['ours-only'] ? { floor: null, warm: null } : await floorAndWarm(root, project, content, corpus, articles, sections);

  const totalMs = checksMs + ours.ms;
  const result: SizeResult = {
    articles,
    sections,
    plantedQuotations,
    generateMs,
    checks: { ms: checksMs, errors: errors.length, warnings: problems.length - errors.length },
    ours: {
      ...measured(ours, oursStats, totalMs, sections),
      astroMs: ours.ms - (pagefind.ms ?? 0),
      pagefindMs: pagefind.ms,
      pagefindRssKb: ours.pagefindRssKb ?? null,
      indexed: pagefind.indexed,
      terms: { count: termsParsed.names.length + termsParsed.words.length, gzBytes: gzippedSize(termsFile) },
    },
    warm,
    floor,
    ratioToFloor: floor && totalMs / floor.totalMs,
  };
  if (!keep) {
    rmSync(root, { recursive: true, force: true });
    temporary.delete(root);
  }
  return { result, corpus, dist };
}

/** Opens the search page (it loads its scripts and Pagefind, as a shared search link does); never a timed query. */
const WARM_UP_QUERY = 'Kestland';

/** 20 queries sampled from the corpus, the same for the same seed: speakers' names and words of the text. */
function sampleQueries(corpus: Corpus, count = 20): string[] {
  const rng = mulberry32(seed);
  const text = corpus.articles.flatMap((a) => a.sections.map((s) => s.body)).join('\n');
  const names = corpus.speakers.filter((s) => s.kind === 'person').map((s) => s.aliases.at(-1)!).filter((name) => text.includes(name));
  const words = [...new Set(text.toLowerCase().match(/(?<![\p{L}-])\p{Ll}{7,}(?![\p{L}-])/gu) ?? [])].filter((w) => w !== WARM_UP_QUERY.toLowerCase()).sort();
  const draw = (list: readonly string[], n: number) => list.map((item) => ({ item, key: rng() })).sort((a, b) => a.key - b.key).slice(0, n).map((x) => x.item);
  const fromNames = draw(names, Math.floor(count * 0.4));
  return [...fromNames, ...draw(words, count - fromNames.length)];
}

/** A name misspelt as readers misspell one: two letters after the first swapped ("Arkell" → "Akrell"). */
const misspelt = (name: string) => (name.length < 4 ? `${name}${name.at(-1)}` : `${name[0]}${name[2]}${name[1]}${name.slice(3)}`);

/**
 * Queries with known answers on the corpus: each person's name, their surname misspelt and their role find their
 * page; a quotation is found, in its section, by its three rarest words, drawn among the quotations whose three
 * rarest words no other section's text holds together (so that the answer is known).
 */
function relevanceCases(corpus: Corpus, quotations = 20): RelevanceCase[] {
  const rng = mulberry32(seed + 1);
  const q = (text: string) => `q=${encodeURIComponent(text)}`;
  const speakerPage = (id: string) => new RegExp(`^/speakers/${id}/$`);
  const people = corpus.speakers.filter((speaker) => speaker.kind === 'person');
  const cases: RelevanceCase[] = people.flatMap(({ id, name, role }) => [
    { kind: 'name', params: q(name), expected: speakerPage(id) },
    { kind: 'misspelt surname', params: q(misspelt(name.split(' ').at(-1)!)), expected: speakerPage(id) },
    { kind: 'role', params: q(role), expected: speakerPage(id) },
  ]);
  const sections = corpus.articles.flatMap((article) =>
    article.sections.map((section) => ({ path: `/articles/${article.slug}/${section.slug}/`, section, words: new Set(wordsIn(section.body).map(({ word }) => termKey(word))) })),
  );
  // Which sections hold each word: its frequency, and the only sections a candidate holding it need be checked against.
  const holders = new Map<string, number[]>();
  sections.forEach(({ words }, index) => {
    for (const word of words) {
      const list = holders.get(word);
      if (list) list.push(index);
      else holders.set(word, [index]);
    }
  });
  const frequency = (word: string) => holders.get(termKey(word))?.length ?? 0;
  const rarest = (text: string) =>
    [...new Set(wordsIn(text).map(({ word }) => word).filter(isTermWorthy))].sort((a, b) => frequency(a) - frequency(b) || a.localeCompare(b)).slice(0, 3);
  const candidates = sections.flatMap(({ path, section }) => section.quotations.map(({ text }) => ({ path, words: rarest(text) })));
  const shuffled = candidates
    .filter(({ words }) => words.length === 3)
    .map((item) => ({ item, key: rng() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
  // Whether one section alone holds the words: among those holding the rarest, stopping at a second.
  const heldOnce = (words: string[]) => {
    let held = 0;
    for (const index of holders.get(termKey(words[0]!)) ?? []) {
      if (words.every((word) => sections[index]!.words.has(termKey(word))) && ++held > 1) return false;
    }
    return held === 1;
  };
  for (const { path, words } of shuffled) {
    if (cases.length === people.length * 3 + quotations) break;
    if (heldOnce(words)) cases.push({ kind: 'a quotation’s rarest words', params: q(words.join(' ')), expected: new RegExp(`^${escapeRegExp(path)}`) });
  }
  return cases;
}

/** The spelling dictionary at N=1000 when the run builds no such corpus: from the corpus written alone, not built. */
function termsAt1000(): { count: number; gzBytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-terms-'));
  temporary.add(dir);
  writeCorpus(generateCorpus({ articles: 1000, seed }), dir);
  const terms = knownTerms(dir);
  rmSync(dir, { recursive: true, force: true });
  temporary.delete(dir);
  return { count: terms.names.length + terms.words.length, gzBytes: gzippedSize(termsJson(terms)) };
}

// ---------------------------------------------------------------------------------------------------------
// Report

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const memory = (m: Measured) => (m.maxRssKb === null && m.treeRssKb === null ? 'n/a' : formatKb(Math.max(m.maxRssKb ?? 0, m.treeRssKb ?? 0)));

function table(results: readonly SizeResult[]): string {
  const rows: [string, (r: SizeResult) => [string, string]][] = [];
  const row = (label: string, cell: (r: SizeResult) => [string, string]) => rows.push([label, cell]);
  row('articles / sections', (r) => [`${r.articles} / ${r.sections}`, '']);
  row('pages built', (r) => [String(r.ours.pages), r.floor ? String(r.floor.pages) : '']);
  row('files in dist/', (r) => [String(r.ours.files), r.floor ? String(r.floor.files) : '']);
  row('total time', (r) => [formatMs(r.ours.totalMs), r.floor ? formatMs(r.floor.totalMs) : '']);
  row('  content checks', (r) => [formatMs(r.checks.ms), '']);
  row('  Astro', (r) => [formatMs(r.ours.astroMs), r.floor ? formatMs(r.floor.buildMs) : '']);
  row('  Pagefind', (r) => [r.ours.pagefindMs === null ? 'n/a' : formatMs(r.ours.pagefindMs), '']);
  row('warm rebuild, one edit', (r) => [r.warm ? formatMs(r.warm.totalMs) : 'not measured', '']);
  row('  a quotation edited', (r) => [r.warm ? formatMs(r.warm.quotationEditMs) : 'not measured', '']);
  row('per built page', (r) => [formatMs(r.ours.perPageMs), r.floor ? formatMs(r.floor.perPageMs) : '']);
  row('per section page', (r) => [formatMs(r.ours.perSectionMs), r.floor ? formatMs(r.floor.perSectionMs) : '']);
  row('ours ÷ floor', (r) => [r.ratioToFloor === null ? '' : times(r.ratioToFloor), '']);
  row('peak memory', (r) => [memory(r.ours), r.floor ? memory(r.floor) : '']);
  row('  of which Pagefind binary', (r) => [r.ours.pagefindRssKb === null ? 'n/a' : formatKb(r.ours.pagefindRssKb), '']);
  row('dist/ size', (r) => [mb(r.ours.distBytes), r.floor ? mb(r.floor.distBytes) : '']);
  row('section page gz median', (r) => [kb(r.ours.sectionPageGz.median), r.floor ? kb(r.floor.sectionPageGz.median) : '']);
  row('section page gz max', (r) => [kb(r.ours.sectionPageGz.max), r.floor ? kb(r.floor.sectionPageGz.max) : '']);
  row('heaviest page gz', (r) => [kb(r.ours.heaviestPageGz.bytes), r.floor ? kb(r.floor.heaviestPageGz.bytes) : '']);
  row('records indexed (pages + others)', (r) => [r.ours.indexed ? `${r.ours.indexed.pages} + ${r.ours.indexed.records}` : 'n/a', '']);
  row('Pagefind metadata (every search)', (r) => [r.ours.pagefind ? kb(r.ours.pagefind.metaBytes) : 'n/a', '']);
  row('Pagefind index chunks', (r) => [r.ours.pagefind ? `${kb(r.ours.pagefind.indexBytes)} in ${r.ours.pagefind.indexChunks}` : 'n/a', '']);
  row('Pagefind fragments', (r) => [r.ours.pagefind ? `${mb(r.ours.pagefind.fragmentBytes)} in ${r.ours.pagefind.fragmentFiles}` : 'n/a', '']);
  row('spelling dictionary gz (terms)', (r) => [`${kb(r.ours.terms.gzBytes)} (${r.ours.terms.count})`, '']);
  const header = ['', ...results.flatMap((r) => [`N=${r.articles} ours`, 'floor'])];
  const body = rows.map(([label, cell]) => [label, ...results.flatMap(cell)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ');
  return [line(header), ...body.map(line)].join('\n');
}

interface Target {
  target: string;
  value: string;
  pass: boolean | null;
}

function targets(results: readonly SizeResult[], search: SearchReport | undefined, paragraph: ParagraphReport | undefined, terms1000: { count: number; gzBytes: number }): Target[] {
  const list: Target[] = [];
  list.push(paragraph ? paragraph.target : { target: '4,000 quotations in one paragraph in under 10 s', value: 'not measured (--skip-paragraph)', pass: null });
  const [previous, largest] = results.length > 1 ? results.slice(-2) : [undefined, results[0]];
  const at1000 = results.find((r) => r.articles === 1000);
  const unmeasured = 'not measured (needs --sizes with 1000)';
  if (previous && largest) {
    const perPage = largest.ours.perPageMs / previous.ours.perPageMs;
    const perSection = largest.ours.perSectionMs / previous.ours.perSectionMs;
    list.push({
      target: `per-page cost at N=1000 within 1.2× of N=100 (measured: N=${largest.articles} vs N=${previous.articles})`,
      value: `${times(perPage)} per built page, ${times(perSection)} per section page`,
      pass: perPage <= 1.2,
    });
  }
  const peak = (r: SizeResult) => Math.max(r.ours.maxRssKb ?? 0, r.ours.treeRssKb ?? 0);
  list.push({
    target: 'N=1000: per section page at most 4× the floor’s',
    value: at1000?.ratioToFloor ? `${times(at1000.ratioToFloor)} (like for like: total time ÷ the floor's)` : unmeasured,
    pass: at1000?.ratioToFloor ? at1000.ratioToFloor <= 4 : null,
  });
  list.push({ target: 'N=1000: total under 3 minutes', value: at1000 ? formatMs(at1000.ours.totalMs) : unmeasured, pass: at1000 ? at1000.ours.totalMs < 3 * 60_000 : null });
  list.push({ target: 'N=1000: peak memory under 3 GB', value: at1000 ? memory(at1000.ours) : unmeasured, pass: at1000 ? peak(at1000) < 3 * 1024 * 1024 : null });
  list.push({ target: 'N=1000: at most 20,000 files in dist/', value: at1000 ? at1000.ours.files.toLocaleString('en') : unmeasured, pass: at1000 ? at1000.ours.files <= 20_000 : null });
  list.push({ target: 'N=1000: at most 150 MB in dist/', value: at1000 ? mb(at1000.ours.distBytes) : unmeasured, pass: at1000 ? at1000.ours.distBytes <= 150 * 1024 * 1024 : null });
  if (largest) {
    const { path, bytes } = largest.ours.heaviestPageGz;
    list.push({ target: `every page at most 50 KB gzipped (N=${largest.articles})`, value: `heaviest ${kb(bytes)} (${path})`, pass: bytes <= 50 * 1024 });
    // Judged on the slower of the two edits: a maintainer's edit may change a quotation.
    const { warm } = largest;
    const share = warm && Math.max(warm.totalMs, warm.quotationEditMs) / largest.ours.totalMs;
    const percent = (ms: number) => `${Math.round((ms / largest.ours.totalMs) * 100)} %`;
    list.push({
      target: `warm rebuild after one edit at most a quarter of the cold build (N=${largest.articles})`,
      value: warm ? `a sentence added ${formatMs(warm.totalMs)} (${percent(warm.totalMs)}), a quotation edited ${formatMs(warm.quotationEditMs)} (${percent(warm.quotationEditMs)}), against ${formatMs(largest.ours.totalMs)}` : 'not measured (--ours-only)',
      pass: share === null ? null : share <= 0.25,
    });
  }
  list.push({
    target: "N=1000: the spelling dictionary at most 30 KB gzipped, fetched only when a query needs it",
    value: `${kb(terms1000.gzBytes)}, ${terms1000.count} terms${at1000 ? '' : ' (from the N=1000 corpus, written but not built)'}`,
    pass: terms1000.gzBytes <= 30 * 1024,
  });
  if (search) {
    const submitted = search.times.submitted.filter((t): t is number => t !== null);
    const typed = search.times.typed.filter((t): t is number => t !== null);
    list.push({
      target: 'search under 150 ms (cached runs, median / p90)',
      value: `${Math.round(median(submitted))} / ${Math.round(quantile(submitted, 0.9))} ms from Enter; ${Math.round(median(typed))} / ${Math.round(quantile(typed, 0.9))} ms from typing (includes the page's 200 ms input debounce)`,
      pass: submitted.length === search.queries.length && quantile(submitted, 0.9) < 150,
    });
    const searched = results.at(-1)!.articles;
    for (const [what, first] of [['a first search', search.firstQuery], ['a first search of the quotations alone', search.firstRecordsQuery]] as const) {
      const total = totalBytes(first);
      list.push({
        target: `${what} downloads at most 250 KB (N=${searched})`,
        value: `${kb(total)} for ${firstQueryName(first)} (index chunks ${kb(first.bytes.index)}, filters ${kb(first.bytes.filters)})`,
        pass: searched === 1000 ? total <= 250 * 1024 : null,
      });
    }
    const { relevance } = search;
    list.push({
      target: `at least 90 % of the relevance queries answered in the top three (N=${searched})`,
      value: `${percent(relevance.top3)} of ${relevance.cases}; mean reciprocal rank ${relevance.mrr.toFixed(3)}`,
      pass: relevance.top3 >= 0.9,
    });
  } else {
    list.push({ target: 'search under 150 ms', value: 'not measured (--skip-search)', pass: null });
  }
  return list;
}

function searchSummary(search: SearchReport, articles: number): string {
  const ms = (list: (number | null)[]) => {
    const done = list.filter((t): t is number => t !== null);
    const missed = list.length - done.length;
    return `median ${Math.round(median(done))} ms, p90 ${Math.round(quantile(done, 0.9))} ms${missed ? ` (${missed} without results)` : ''}`;
  };
  const firstQueryLine = (first: SearchReport['firstQuery']) => {
    const { bytes, requests } = first;
    return `  first query ${firstQueryName(first)} on a fresh page: ${kb(totalBytes(first))} in ${requests} requests — JS ${kb(bytes.js)}, wasm ${kb(bytes.wasm)}, index chunks ${kb(bytes.index)}, filters ${kb(bytes.filters)}, result fragments ${kb(bytes.fragments)}, spelling dictionary ${kb(bytes.terms)}, other ${kb(bytes.other)}`;
  };
  const part = (pick: (b: SearchReport['breakdown'][number]) => number) => {
    const list = search.breakdown.map(pick);
    return `median ${Math.round(median(list))}, max ${Math.round(Math.max(...list))}`;
  };
  return [
    `Search on N=${articles}, ${search.queries.length} queries: ${search.queries.join(', ')}`,
    `  first run, typed (loads chunks):  ${ms(search.times.first)}`,
    `  cached, typed (200 ms debounce):  ${ms(search.times.typed)}`,
    `  cached, submitted with Enter:     ${ms(search.times.submitted)}`,
    `  of which (Pagefind API, cached): search() ${part((b) => b.searchMs)} ms; data of the first 10 results ${part((b) => b.data10Ms)} ms, of the first 50 ${part((b) => b.data50Ms)} ms; results per query ${part((b) => b.results)}`,
    firstQueryLine(search.firstQuery),
    `${firstQueryLine(search.firstRecordsQuery)} (the records' bundle, every shard's metadata)`,
    `  relevance, ${search.relevance.cases} queries with known answers: ${percent(search.relevance.top3)} answered in the top three, mean reciprocal rank ${search.relevance.mrr.toFixed(3)}`,
    ...Object.entries(search.relevance.byKind).map(([kind, { cases, top3 }]) => `    ${kind}: ${percent(top3)} of ${cases} in the top three`),
    ...search.relevance.misses.slice(0, 10).map(({ params, first }) => `    missed ${decodeURIComponent(params.replace(/^q=/, ''))}: first ${first.join(', ') || 'nothing'}`),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, platform: `${process.platform} ${process.arch}` };
log(`Verbatim benchmark: sizes ${sizes.join(', ')}, seed ${seed}; ${machine.cpus} CPUs (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}`);

const results: SizeResult[] = [];
let search: SearchReport | undefined;
let lighthouse: Record<string, Scores> | undefined;
let paragraph: ParagraphReport | undefined;

/** Lighthouse's four scores for the home page, the first section and the first page of each index of a built corpus. */
async function measureLighthouse(dist: string, corpus: Corpus): Promise<Record<string, Scores>> {
  const site = await serve(dist, '/');
  try {
    const article = corpus.articles[0]!;
    const pages = { home: '', section: `articles/${article.slug}/${article.sections[0]!.slug}/`, quotations: 'quotes/', claims: 'claims/', timeline: 'timeline/', speakers: 'speakers/' };
    const scores = await lighthouseScores(Object.values(pages).map((path) => `${site.url}${path}`));
    return Object.fromEntries(Object.entries(pages).map(([name, path]) => [name, scores.get(`${site.url}${path}`)!]));
  } finally {
    await site.close();
  }
}
if (!values['skip-paragraph']) {
  log('\nOne paragraph of many quotations: the time of its analysis (linear: 4,000 take about 4× the time of 1,000)');
  paragraph = await measureParagraph([1000, 4000], log);
}
try {
  for (const articles of sizes) {
    const last = articles === sizes.at(-1);
    const { result, corpus, dist } = await benchSize(articles, last && !values['skip-search']);
    results.push(result);
    if (last && !values['skip-search']) {
      log(`\nSearch: timing 20 queries on N=${articles} in ${CHROMIUM}…`);
      search = await measureSearch(dist, sampleQueries(corpus), WARM_UP_QUERY, relevanceCases(corpus), CHROMIUM).catch((error: unknown) => fail(`search measurement: ${error instanceof Error ? error.message : String(error)}`));
      if (!values['skip-lighthouse']) {
        log(`\nLighthouse: the home page, a section and the first page of each index of N=${articles}…`);
        lighthouse = await measureLighthouse(dist, corpus).catch((error: unknown) => fail(`Lighthouse: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
  }
} finally {
  cleanUp();
}

const built1000 = results.find((r) => r.articles === 1000);
const checks = targets(results, search, paragraph, built1000 ? built1000.ours.terms : termsAt1000());
log(`\n${table(results)}`);
if (results.length > 1) {
  const [a, b] = results.slice(-2) as [SizeResult, SizeResult];
  log(`\nper-page cost, N=${b.articles} ÷ N=${a.articles}: ${times(b.ours.perPageMs / a.ours.perPageMs)} per built page, ${times(b.ours.perSectionMs / a.ours.perSectionMs)} per section page${a.floor && b.floor ? ` (floor: ${times(b.floor.perSectionMs / a.floor.perSectionMs)})` : ''}`);
}
if (search) log(`\n${searchSummary(search, results.at(-1)!.articles)}`);
if (lighthouse) {
  log(`\nLighthouse (N=${results.at(-1)!.articles}; performance, accessibility, best practices, SEO; target 100 each)`);
  for (const [page, s] of Object.entries(lighthouse)) log(`  ${page.padEnd(11)} ${s.performance} ${s.accessibility} ${s['best-practices']} ${s.seo}`);
}
log('\nTargets');
for (const t of checks) log(`  ${t.pass === null ? '·' : t.pass ? '✓' : '✗'} ${t.target}: ${t.value}`);
log('\nPeak memory is the larger of the build process’s own peak (GNU time) and the sampled sum of its process tree,');
log('which includes Pagefind’s binary while it indexes. Astro’s share is the build minus Pagefind’s logged time.');

mkdirSync(join(RESULTS, '..'), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), machine, seed, sizes, paragraph: paragraph ?? null, results, search: search ?? null, lighthouse: lighthouse ?? null, targets: checks }, null, 2)}\n`);
log(`\nwrote ${RESULTS}`);
