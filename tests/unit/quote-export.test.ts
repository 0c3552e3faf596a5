import { describe, expect, it } from 'vitest';
import { inReadingOrder } from '../../src/outputs/quote-export.ts';
import type { Quotation } from '../../src/model/schema.ts';

const quotation = (id: string, article: string, section: string, line: number, column: number): Quotation => ({
  id,
  text: id,
  kind: 'full',
  speaker: { id: null, name: 'A speaker' },
  article,
  section,
  url: `/articles/${article}/`,
  said: null,
  context: '',
  line,
  column,
});

describe('inReadingOrder', () => {
  it('lists quotations by article, then section order, then line and column', () => {
    const order = new Map([['water-talks/intro', 1], ['water-talks/later', 2], ['accord/only', 1]]);
    const quotations = [
      quotation('later-first', 'water-talks', 'water-talks/later', 3, 1),
      quotation('intro-second-line', 'water-talks', 'water-talks/intro', 9, 1),
      quotation('accord', 'accord', 'accord/only', 40, 2),
      quotation('intro-same-line-later', 'water-talks', 'water-talks/intro', 4, 30),
      quotation('intro-same-line', 'water-talks', 'water-talks/intro', 4, 2),
    ];
    expect(inReadingOrder(quotations, (section) => order.get(section)!).map((q) => q.id)).toEqual([
      'accord',
      'intro-same-line',
      'intro-same-line-later',
      'intro-second-line',
      'later-first',
    ]);
  });
});
