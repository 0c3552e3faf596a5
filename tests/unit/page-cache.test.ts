import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { cacheKeyOf } = await import('../../src/views/page-cache.ts');

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
});
