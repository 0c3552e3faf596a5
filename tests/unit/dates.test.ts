import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datetimeAttribute, findDates, type DateContext, type NewsDate } from '../../src/text/dates/dates.ts';

const JANUARY_2026: DateContext = { published: '2026-01' };

type Found = Omit<NewsDate, 'start' | 'end'>;

/** The dates found in a text, without their offsets (checked separately). */
function found(text: string, context?: DateContext): Found[] {
  return findDates(text, context).map(({ start: _start, end: _end, ...date }) => date);
}

describe('findDates', () => {
  it.each<[string, DateContext | undefined, Found[]]>([
    // Days, and ranges of days
    ['held in Paris on January 5–6, took place', JANUARY_2026, [{ text: 'January 5–6', precision: 'range', value: '2026-01-05/2026-01-06' }]],
    ['January 5-6, 2026', undefined, [{ text: 'January 5-6, 2026', precision: 'range', value: '2026-01-05/2026-01-06' }]],
    ['from January 5 to 8', JANUARY_2026, [{ text: 'January 5 to 8', precision: 'range', value: '2026-01-05/2026-01-08' }]],
    ['December 8, 2024', undefined, [{ text: 'December 8, 2024', precision: 'day', value: '2024-12-08' }]],
    ['the lines of December 7, 2024.', undefined, [{ text: 'December 7, 2024', precision: 'day', value: '2024-12-07' }]],
    ['withdrawal to pre-December 8, 2024 lines', undefined, [{ text: 'December 8, 2024', precision: 'day', value: '2024-12-08' }]],
    ['November 19, 2025 (GPO)', undefined, [{ text: 'November 19, 2025', precision: 'day', value: '2025-11-19' }]],
    ['Thomas Barrack, December 1, 2025 (Presidency)', undefined, [{ text: 'December 1, 2025', precision: 'day', value: '2025-12-01' }]],
    ['a ceasefire agreement on July 19, 2025.', undefined, [{ text: 'July 19, 2025', precision: 'day', value: '2025-07-19' }]],
    ['Jan. 5, 2026', undefined, [{ text: 'Jan. 5, 2026', precision: 'day', value: '2026-01-05' }]],
    ['on 5 January 2026', undefined, [{ text: '5 January 2026', precision: 'day', value: '2026-01-05' }]],
    ['Tuesday, January 6, 2026', undefined, [{ text: 'Tuesday, January 6, 2026', precision: 'day', value: '2026-01-06' }]],
    ['reported on 2024-12-08', undefined, [{ text: '2024-12-08', precision: 'day', value: '2024-12-08' }]],
    // Days without a year
    ['On January 5, a source said', JANUARY_2026, [{ text: 'January 5', precision: 'day', value: '2026-01-05' }]],
    ['On January 5, a source said', undefined, [{ text: 'January 5', precision: 'unresolved' }]],
    ['since December 8', JANUARY_2026, [{ text: 'December 8', precision: 'day', value: '2025-12-08' }]],
    ['on February 29', JANUARY_2026, [{ text: 'February 29', precision: 'day', value: '2024-02-29' }]],
    [
      'In July 2025 the rounds began; on August 3 they stalled.',
      JANUARY_2026,
      [
        { text: 'July 2025', precision: 'month', value: '2025-07' },
        { text: 'August 3', precision: 'day', value: '2025-08-03' },
      ],
    ],
    [
      // Another paragraph: the publication date decides, not a year written paragraphs earlier.
      'A ceasefire on July 19, 2025.\n\nOn January 5, talks resumed.',
      JANUARY_2026,
      [
        { text: 'July 19, 2025', precision: 'day', value: '2025-07-19' },
        { text: 'January 5', precision: 'day', value: '2026-01-05' },
      ],
    ],
    [
      // With no publication date, the year written last anywhere before it.
      'In July 2025 the rounds began.\n\nOn August 3 they stalled.',
      undefined,
      [
        { text: 'July 2025', precision: 'month', value: '2025-07' },
        { text: 'August 3', precision: 'day', value: '2025-08-03' },
      ],
    ],
    [
      // A year that names a thing gives no year to the dates after it.
      'reactivating the 1974 Disengagement Agreement, said on January 5',
      JANUARY_2026,
      [
        { text: '1974', precision: 'year', value: '1974' },
        { text: 'January 5', precision: 'day', value: '2026-01-05' },
      ],
    ],
    // Months, and ranges of months
    ['in September 2025', undefined, [{ text: 'September 2025', precision: 'month', value: '2025-09' }]],
    ['In November 2025, the minister said', undefined, [{ text: 'November 2025', precision: 'month', value: '2025-11' }]],
    ['Sept. 2025', undefined, [{ text: 'Sept. 2025', precision: 'month', value: '2025-09' }]],
    ['in May', JANUARY_2026, [{ text: 'May', precision: 'month', value: '2025-05' }]],
    ['in the French capital in July and August 2025', undefined, [{ text: 'July and August 2025', precision: 'range', value: '2025-07/2025-08' }]],
    ['between March and May 2024', undefined, [{ text: 'March and May 2024', precision: 'range', value: '2024-03/2024-05' }]],
    [
      'in March and May 2024',
      undefined,
      [
        { text: 'March', precision: 'month', value: '2024-03' },
        { text: 'May 2024', precision: 'month', value: '2024-05' },
      ],
    ],
    ['December and January 2026', undefined, [{ text: 'December and January 2026', precision: 'range', value: '2025-12/2026-01' }]],
    ['June-July 2025', undefined, [{ text: 'June-July 2025', precision: 'range', value: '2025-06/2025-07' }]],
    // Years, and ranges of years
    ['1974', undefined, [{ text: '1974', precision: 'year', value: '1974' }]],
    ['the terms of the 1974 Disengagement Agreement', undefined, [{ text: '1974', precision: 'year', value: '1974' }]],
    ['an updated version of the 1974 agreement', undefined, [{ text: '1974', precision: 'year', value: '1974' }]],
    ['the 2024 elections', undefined, [{ text: '2024', precision: 'year', value: '2024' }]],
    ['62 Syrian deaths in 2025 alone.', undefined, [{ text: '2025', precision: 'year', value: '2025' }]],
    ['since 2011', undefined, [{ text: '2011', precision: 'year', value: '2011' }]],
    ['from 2019 to 2021', undefined, [{ text: '2019 to 2021', precision: 'range', value: '2019/2021' }]],
    ['2019–2021', undefined, [{ text: '2019–2021', precision: 'range', value: '2019/2021' }]],
    [
      'in 2019 or 2021',
      undefined,
      [
        { text: '2019', precision: 'year', value: '2019' },
        { text: '2021', precision: 'year', value: '2021' },
      ],
    ],
    // Decades: exactly their ten years, so a range
    ['in the 1990s', undefined, [{ text: '1990s', precision: 'range', value: '1990/1999' }]],
    // Approximate dates
    ['following his ouster in late 2024.', undefined, [{ text: 'late 2024', precision: 'approximate', value: '2024', qualifier: 'late' }]],
    ['early 2025', undefined, [{ text: 'early 2025', precision: 'approximate', value: '2025', qualifier: 'early' }]],
    ['mid-2025', undefined, [{ text: 'mid-2025', precision: 'approximate', value: '2025', qualifier: 'mid' }]],
    ['by the end of 2024', undefined, [{ text: 'end of 2024', precision: 'approximate', value: '2024', qualifier: 'late' }]],
    ['around 2020', undefined, [{ text: 'around 2020', precision: 'approximate', value: '2020', qualifier: 'around' }]],
    ['mid-December', JANUARY_2026, [{ text: 'mid-December', precision: 'approximate', value: '2025-12', qualifier: 'mid' }]],
    ['in the early 1990s', undefined, [{ text: 'early 1990s', precision: 'approximate', value: '1990/1999', qualifier: 'early' }]],
    ['in the summer of 2025', undefined, [{ text: 'summer of 2025', precision: 'approximate', value: '2025' }]],
    [
      'late July and August 2025',
      undefined,
      [
        { text: 'late July', precision: 'approximate', value: '2025-07', qualifier: 'late' },
        { text: 'August 2025', precision: 'month', value: '2025-08' },
      ],
    ],
    // Relative expressions: found, never resolved, even with a publication date
    ['In recent weeks, US statements', JANUARY_2026, [{ text: 'recent weeks', precision: 'unresolved' }]],
    ['last month', JANUARY_2026, [{ text: 'last month', precision: 'unresolved' }]],
    ['he recently said', JANUARY_2026, [{ text: 'recently', precision: 'unresolved' }]],
    ['yesterday', JANUARY_2026, [{ text: 'yesterday', precision: 'unresolved' }]],
    ['this week', JANUARY_2026, [{ text: 'this week', precision: 'unresolved' }]],
    ['earlier this year', JANUARY_2026, [{ text: 'earlier this year', precision: 'unresolved' }]],
    ['two years ago', JANUARY_2026, [{ text: 'two years ago', precision: 'unresolved' }]],
    ['last March', JANUARY_2026, [{ text: 'last March', precision: 'unresolved' }]],
    ['on Monday', JANUARY_2026, [{ text: 'Monday', precision: 'unresolved' }]],
  ])('reads %j', (text, context, expected) => {
    expect(found(text, context)).toStrictEqual(expected);
    for (const date of findDates(text, context)) expect(text.slice(date.start, date.end)).toBe(date.text);
  });

  it.each([
    '62 Syrian deaths',
    'more than 500 ground incursions',
    'over 1,000 airstrikes',
    'nearly 80%',
    'held over two days in Paris',
    'the fifth round',
    'Limited coordination may lead to real investment',
    'Theresa May said',
    // A month name with nothing to make it a date: the March on Washington is an event, not March.
    'the March on Washington',
    'the 2250 troops',
    'the 2000 troops',
    'a crowd of 2000 people',
    'UN Security Council Resolution 2254',
    'told Noon Post',
    'for now',
    // Numeric dates are ambiguous between December 8 and August 12.
    '12/08/2024',
    'a budget of $2025 million',
    '',
  ])('finds no date in %j', (text) => {
    expect(findDates(text, JANUARY_2026)).toStrictEqual([]);
  });

  it('ignores a malformed publication date', () => {
    expect(found('On January 5', { published: 'January 2026' })).toStrictEqual([{ text: 'January 5', precision: 'unresolved' }]);
  });

  it('never throws, and gives the same answer twice', () => {
    const texts = ['\ud800 January 5 \udfff', '–––', 'May May May 2025 2025-', 'January 99, 2025', '\n\n'.repeat(100), 'x'.repeat(100_000)];
    for (const text of texts) expect(findDates(text, JANUARY_2026)).toStrictEqual(findDates(text, JANUARY_2026));
    expect(findDates(null as unknown as string)).toStrictEqual([]);
    expect(findDates('On January 5', null as unknown as DateContext)).toStrictEqual([{ text: 'January 5', start: 3, end: 12, precision: 'unresolved' }]);
  });

  it('finds every date of the seed article, resolved against its publication', () => {
    const source = readFileSync(new URL('../../content/articles/syria-israel-fifth-round/source.txt', import.meta.url), 'utf8');
    const dates = findDates(source, JANUARY_2026);
    expect(dates.map((date) => [date.text, date.value])).toStrictEqual([
      ['1974', '1974'],
      ['January 5–6', '2026-01-05/2026-01-06'],
      ['December 8, 2024', '2024-12-08'],
      ['2025', '2025'],
      ['July and August 2025', '2025-07/2025-08'],
      ['September 2025', '2025-09'],
      ['December 1, 2025', '2025-12-01'],
      ['November 2025', '2025-11'],
      ['December 7, 2024', '2024-12-07'],
      ['July 19, 2025', '2025-07-19'],
      ['recent weeks', undefined],
      ['January 5', '2026-01-05'],
      ['1974', '1974'],
      ['December 8, 2024', '2024-12-08'],
      ['late 2024', '2024'],
      ['November 19, 2025', '2025-11-19'],
      ['1974', '1974'],
    ]);
    for (const date of dates) expect(source.slice(date.start, date.end)).toBe(date.text);
  });
});

describe('datetimeAttribute', () => {
  const dated = (text: string) => {
    const [date] = findDates(text, JANUARY_2026);
    if (!date) throw new Error(`no date in "${text}"`);
    return date;
  };

  it.each([
    ['December 8, 2024', '2024-12-08'],
    ['November 2025', '2025-11'],
    ['in 1974', '1974'],
    ['January 5–6', '2026-01-05'],
    ['July and August 2025', '2025-07'],
    ['late 2024', '2024'],
    ['in recent weeks', undefined],
  ])('gives %j the datetime %j', (text, datetime) => {
    expect(datetimeAttribute(dated(text))).toBe(datetime);
  });

  it('gives nothing for a value that is not an ISO date', () => {
    expect(datetimeAttribute({ text: 'soon', start: 0, end: 4, precision: 'day', value: 'soon' })).toBeUndefined();
  });
});
