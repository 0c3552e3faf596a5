import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../src/views/cache-key.ts';

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
});
