/**
 * One paragraph of many quotations, and the time its analysis takes: the cost must grow with the paragraph's
 * length, not with its square. `npm run bench` runs it as a step of its own; alone:
 *
 *   node scripts/bench/bench-paragraph.ts            # 1,000 and 4,000 quotations
 *   node scripts/bench/bench-paragraph.ts 500 2000   # other sizes
 */
import { extractQuotations, type Extraction } from '../../src/analysis/analyse-text.ts';
import type { Options } from '../../src/remark/remark-quotations.ts';

/** The people of the paragraph, each with the pronoun that stands for them. */
const PEOPLE = [
  { name: 'Dana Holt', last: 'Holt', pronoun: 'she' },
  { name: 'Marcus Reyes', last: 'Reyes', pronoun: 'he' },
  { name: 'Ilse Varga', last: 'Varga', pronoun: 'she' },
  { name: 'Tomas Lindqvist', last: 'Lindqvist', pronoun: 'he' },
  { name: 'Priya Nandakumar', last: 'Nandakumar', pronoun: 'she' },
] as const;

const OPENERS = ['The harbour talks', 'Our delegation', 'The ceasefire plan', 'This budget', 'The new bridge', 'The border crossing', 'The grain deal', 'Every envoy', 'The water agreement', 'The rail link'];
const VERBS = ['will resume', 'cannot wait', 'must hold', 'should open', 'has stalled', 'will survive', 'needs support', 'may collapse', 'was signed', 'deserves patience'];
/** Some give a date, with or without its year, for the dates read in the same paragraph. */
const TAILS = ['before the spring thaw', 'after the vote in June 2025', 'despite the storms', 'without any more delay', 'once the monitors arrive on March 3', 'for the sake of the farmers', 'under the current terms', 'whatever the opposition says', 'until the next round', 'by the end of the year'];
const ENDINGS = ['', ' again', ' at last', ' for now'];

/** The words of the `index`-th quotation: no two alike for the first 4,000. */
function words(index: number): string {
  const pick = <T>(list: readonly T[], divisor: number) => list[Math.floor(index / divisor) % list.length]!;
  return `${pick(OPENERS, 1)} ${pick(VERBS, 10)} ${pick(TAILS, 100)}${pick(ENDINGS, 1000)}`;
}

/** A quotation planted in the paragraph, as the extractor should record it. */
export interface PlantedWords {
  text: string;
  speaker: string;
}

/**
 * One paragraph of `count` full quotations, taking turns at three constructions, each speaker for three in a row:
 * “…,” said Dana Holt. “…,” she added. Holt told reporters: “….”
 */
export function paragraphOfQuotations(count: number): { paragraph: string; planted: PlantedWords[] } {
  const sentences: string[] = [];
  const planted: PlantedWords[] = [];
  for (let index = 0; index < count; index++) {
    const person = PEOPLE[Math.floor(index / 3) % PEOPLE.length]!;
    const text = words(index);
    if (index % 3 === 0) sentences.push(`“${text},” said ${person.name}.`);
    else if (index % 3 === 1) sentences.push(`“${text},” ${person.pronoun} added.`);
    else sentences.push(`${person.last} told reporters: “${text}.”`);
    planted.push({ text: index % 3 === 2 ? `${text}.` : text, speaker: person.name });
  }
  return { paragraph: sentences.join(' '), planted };
}

/** A section file holding nothing but the paragraph: MDX with a minimal frontmatter, or plain text. */
export function sectionOfParagraph(paragraph: string, format: 'mdx' | 'txt'): { path: string; contents: string } {
  if (format === 'txt') return { path: 'bench/paragraph/one-paragraph.txt', contents: `One paragraph\n\n${paragraph}\n` };
  const claim = '  - id: harbour-talks\n    claimant: dana-holt\n    claim: The harbour talks will resume before the spring thaw.\n    status: asserted\n';
  return { path: 'content/articles/bench-paragraph/one-paragraph.mdx', contents: `---\ntitle: One paragraph\norder: 1\narticle: bench-paragraph\nclaims:\n${claim}---\n\n${paragraph}\n` };
}

export const PARAGRAPH_OPTIONS: Options = { speakers: () => [], sectionUrl: (section) => `/${section}/` };

/** Analyses one paragraph of `count` quotations, and how long it took. */
export async function timeParagraph(count: number, format: 'mdx' | 'txt' = 'mdx'): Promise<{ ms: number; extraction: Extraction }> {
  const { path, contents } = sectionOfParagraph(paragraphOfQuotations(count).paragraph, format);
  const started = performance.now();
  const extraction = await extractQuotations(path, contents, PARAGRAPH_OPTIONS);
  return { ms: performance.now() - started, extraction };
}

export interface ParagraphReport {
  /** Milliseconds per size, in the order asked. */
  times: { quotations: number; ms: number; found: number }[];
  /** The largest size's time over the smallest's: about the ratio of the sizes when the cost is linear. */
  ratio: number;
  target: { target: string; value: string; pass: boolean };
}

/** Times the analysis of one paragraph at each size (after a small warm-up run), with the 4,000-quotation target. */
export async function measureParagraph(sizes: readonly number[] = [1000, 4000], log: (line: string) => void = console.log): Promise<ParagraphReport> {
  await timeParagraph(50);
  const times: ParagraphReport['times'] = [];
  for (const quotations of sizes) {
    const { ms, extraction } = await timeParagraph(quotations);
    times.push({ quotations, ms, found: extraction.quotations.length });
    log(`  ${quotations.toLocaleString('en')} quotations in one paragraph: ${(ms / 1000).toFixed(2)} s (${extraction.quotations.length} found)`);
  }
  const first = times[0]!;
  const last = times.at(-1)!;
  const ratio = last.ms / first.ms;
  log(`  ${last.quotations.toLocaleString('en')} ÷ ${first.quotations.toLocaleString('en')}: ${ratio.toFixed(2)}× the time for ${(last.quotations / first.quotations).toFixed(0)}× the quotations (linear ≈ ${(last.quotations / first.quotations).toFixed(0)}×)`);
  const at4000 = times.find((t) => t.quotations === 4000);
  const target = {
    target: '4,000 quotations in one paragraph in under 10 s',
    value: at4000 ? `${(at4000.ms / 1000).toFixed(2)} s` : 'not measured (needs the size 4000)',
    pass: at4000 !== undefined && at4000.ms < 10_000,
  };
  log(`  ${target.pass ? '✓' : '✗'} ${target.target}: ${target.value}`);
  return { times, ratio, target };
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('usage: node scripts/bench/bench-paragraph.ts [sizes…]   (default 1000 4000)');
    process.exit(2);
  }
  console.log('One paragraph of many quotations: time of its analysis');
  await measureParagraph(sizes.length ? sizes : undefined);
}
