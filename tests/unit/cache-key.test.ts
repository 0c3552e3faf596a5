import { describe, expect, it } from 'vitest';
import { cacheKeyOf, countByDigest } from '../../src/views/cache-key.ts';

describe('cacheKeyOf', () => {
  it('gives the same key for the same values, whatever the order of object keys', () => {
    expect(cacheKeyOf({ a: 1, b: [{ x: 'y', z: null }] })).toBe(cacheKeyOf({ b: [{ z: null, x: 'y' }], a: 1 }));
  });

  it('gives another key when any value changes, the order of a list included', () => {
    const key = cacheKeyOf({ section: 'abc', neighbours: [['a/1', 'One'], ['a/3', 'Three']] });
    expect(cacheKeyOf({ section: 'abd', neighbours: [['a/1', 'One'], ['a/3', 'Three']] })).not.toBe(key);
    expect(cacheKeyOf({ section: 'abc', neighbours: [['a/3', 'Three'], ['a/1', 'One']] })).not.toBe(key);
    expect(cacheKeyOf({ section: 'abc', neighbours: [['a/1', 'One'], undefined] })).not.toBe(key);
  });

  it('counts a content entry by its id and digest, or by its data when it has no digest', () => {
    const section = { collection: 'sections', id: 'a/1', digest: 'd1', body: 'long text', data: { title: 'One' } };
    expect(cacheKeyOf([section])).toBe(cacheKeyOf([{ ...section, body: 'another text' }]));
    expect(cacheKeyOf([section])).not.toBe(cacheKeyOf([{ ...section, digest: 'd2' }]));
    const speaker = { collection: 'speakers', id: 'ann', data: { name: 'Ann Vale' } };
    expect(cacheKeyOf([speaker])).not.toBe(cacheKeyOf([{ ...speaker, data: { name: 'Ann Vane' } }]));
  });

  it('tells values of different types apart, counts a date by its day and leaves out what JSON leaves out', () => {
    expect(cacheKeyOf({ page: 1 })).not.toBe(cacheKeyOf({ page: '1' }));
    expect(cacheKeyOf([null])).not.toBe(cacheKeyOf(['null']));
    expect(cacheKeyOf({ said: new Date('2026-01-06') })).not.toBe(cacheKeyOf({ said: new Date('2026-01-05') }));
    expect(cacheKeyOf({ said: new Date('2026-01-06') })).toBe(cacheKeyOf({ said: '2026-01-06T00:00:00.000Z' }));
    expect(cacheKeyOf({ a: 1, gone: undefined })).toBe(cacheKeyOf({ a: 1 }));
    expect(cacheKeyOf({ a: 'x"y' })).not.toBe(cacheKeyOf({ 'a":"x': 'y' }));
  });

  it("counts an entry's data marked with countByDigest by its entry's digest, wherever it is in the value", () => {
    const entry = { collection: 'quotations', id: 'q-1', digest: 'd1' };
    const quotation = countByDigest({ id: 'q-1', text: 'We will not stall.', paragraph: 'A long paragraph.' }, entry);
    const unmarked = { id: 'q-1', text: 'We will not stall.', paragraph: 'A long paragraph.' };
    const key = cacheKeyOf({ items: [{ quotation, page: 2 }] });
    expect(key).toBe(cacheKeyOf({ items: [{ quotation: countByDigest({ ...unmarked, paragraph: 'Not compared.' }, entry), page: 2 }] }));
    expect(key).not.toBe(cacheKeyOf({ items: [{ quotation: countByDigest({ ...unmarked }, { ...entry, digest: 'd2' }), page: 2 }] }));
    expect(key).not.toBe(cacheKeyOf({ items: [{ quotation: unmarked, page: 2 }] }));
    expect(cacheKeyOf(countByDigest({ ...unmarked }, { collection: 'quotations', id: 'q-1' }))).toBe(cacheKeyOf(unmarked));
  });
});
