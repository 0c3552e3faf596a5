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
import type { Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { datetimeAttribute, findDates } from '../text/dates/dates.ts';
import { formatIsoDate } from '../model/iso-date.ts';
import { textOf, wrapRange } from './mdast-ranges.ts';
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
  }
}

export default function remarkDates(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    const { article, section } = sectionOfFile(file);
    const published = options.published?.(article);
    const mentions: DateMention[] = [];
    const used = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'heading') return SKIP;
      if (node.type !== 'paragraph') return;
      const dates = findDates(textOf(node).text, { published });
      const marks = dates.map((date) => {
        const datetime = datetimeAttribute(date);
        if (!date.value || !datetime) {
          return { date, node: { type: 'newsDate', children: [], data: { hName: 'span', hProperties: { className: ['date', 'date--unresolved'] } } } as DateNode };
        }
        const id = uniqueId(`date-${date.value.replace('/', '--')}`, used);
        mentions.push({ section, id, value: date.value });
        const title = `${date.qualifier ? `${date.qualifier} ` : ''}${formatIsoDate(date.value)}`;
        const properties = { id, dateTime: datetime, title, className: ['date'], ...(date.value !== datetime ? { dataValue: date.value } : {}) };
        return { date, node: { type: 'newsDate', children: [], data: { hName: 'time', hProperties: properties } } as DateNode };
      });
      // From the end, so that splitting text nodes keeps the earlier offsets valid.
      for (const { date, node: mark } of marks.reverse()) wrapRange(node, date.start, date.end, mark);
      return SKIP;
    });
    file.data.dateMentions = mentions;
  };
}
