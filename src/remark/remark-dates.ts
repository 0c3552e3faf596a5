/**
 * remark-dates: marks every date the text gives with `<time datetime>`, at the precision the text gives it.
 *
 * In:  "held over two days in Paris on January 5–6, took place" (article published 2026-01)
 * Out: held over two days in Paris on <time datetime="2026-01-05" id="date-2026-01-05--2026-01-06"
 *      title="January 5–6, 2026">January 5–6</time>, took place
 *
 * A range's `datetime` is its start (HTML has no range); its full value is in `data-value`. Expressions that
 * cannot be pinned ("in recent weeks") get `<span class="date date--unresolved">`. The marks are recorded in
 * `file.data.dateMentions` so the timeline can link to the sentences that mention each event.
 */
import type { Paragraph, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { datetimeAttribute, findDates } from '../text/dates/dates.ts';
import { formatIsoDate } from '../model/iso-date.ts';
import { RangeWrapper, sameTexts, textOf } from './mdast-ranges.ts';
import { sectionOfFile } from './section-of-file.ts';
import { uniqueId } from '../model/strings.ts';

/** A date the text gives, with the id of its `<time>` element in the section page. */
export interface DateMention {
  /** Section id. */
  section: string;
  /** The id of the `<time>` element in the section page. */
  id: string;
  /** ISO value of the mention. */
  value: string;
}

export interface Options {
  /** An article's publication date, which resolves dates written without a year. */
  published?: (article: string) => string | undefined;
  /** The section's analysis, when one was made already (the page render): its dates are marked as it found them. */
  datePlan?: (file: VFile) => Promise<DatePlan | undefined>;
}

/** One date mark: where it stands in its paragraph's text, and the element it becomes. */
interface PlannedMark {
  start: number;
  end: number;
  hName: 'time' | 'span';
  hProperties: Record<string, string | string[]>;
}

/** What marking a document's dates needs of its analysis: every paragraph's text and marks, in order, and the mentions. */
export interface DatePlan {
  paragraphs: { text: string; marks: PlannedMark[] }[];
  mentions: DateMention[];
}

export interface DateNode extends Parent {
  type: 'newsDate';
}

declare module 'mdast' {
  interface PhrasingContentMap {
    newsDate: DateNode;
  }
  interface RootContentMap {
    newsDate: DateNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    dateMentions: DateMention[];
    datePlan: DatePlan;
  }
}

/** Every paragraph the dates are read in, in order, outside headings. */
function paragraphsOf(tree: Root): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') return SKIP;
    if (node.type !== 'paragraph') return;
    paragraphs.push(node);
    return SKIP;
  });
  return paragraphs;
}

/** Wraps a paragraph's marks, from the end so that splitting text nodes keeps the earlier offsets valid. */
function markAll(node: Paragraph, marks: readonly PlannedMark[]): void {
  if (!marks.length) return;
  const ranges = new RangeWrapper(node);
  for (const { start, end, hName, hProperties } of [...marks].reverse()) {
    ranges.wrap(start, end, { type: 'newsDate', children: [], data: { hName, hProperties } } as DateNode);
  }
}

export default function remarkDates(options: Options = {}) {
  return async (tree: Root, file: VFile) => {
    const paragraphs = paragraphsOf(tree);
    const texts = paragraphs.map((paragraph) => textOf(paragraph).text);
    const plan = await options.datePlan?.(file);
    // The page render: the analysis's marks, when it was made from this very text.
    if (plan && sameTexts(plan.paragraphs.map((p) => p.text), texts)) {
      paragraphs.forEach((paragraph, i) => markAll(paragraph, plan.paragraphs[i]!.marks));
      file.data.dateMentions = plan.mentions;
      return;
    }
    const { article, section } = sectionOfFile(file);
    const published = options.published?.(article);
    const mentions: DateMention[] = [];
    const used = new Set<string>();
    const planned = texts.map((text): DatePlan['paragraphs'][number] => ({
      text,
      marks: findDates(text, { published }).map((date): PlannedMark => {
        const datetime = datetimeAttribute(date);
        if (!date.value || !datetime) return { start: date.start, end: date.end, hName: 'span', hProperties: { className: ['date', 'date--unresolved'] } };
        const id = uniqueId(`date-${date.value.replace('/', '--')}`, used);
        mentions.push({ section, id, value: date.value });
        const title = `${date.qualifier ? `${date.qualifier} ` : ''}${formatIsoDate(date.value)}`;
        const hProperties = { id, dateTime: datetime, title, className: ['date'], ...(date.value !== datetime ? { dataValue: date.value } : {}) };
        return { start: date.start, end: date.end, hName: 'time', hProperties };
      }),
    }));
    paragraphs.forEach((paragraph, i) => markAll(paragraph, planned[i]!.marks));
    file.data.dateMentions = mentions;
    file.data.datePlan = { paragraphs: planned, mentions };
  };
}
