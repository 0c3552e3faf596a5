import { describe, expect, it } from 'vitest';
import { inListOrder, mergedInOrder } from '../../src/client/sorted-results.ts';

/** Results named by their sort key ("u…" for one without a key), and the keys read. */
function keyed() {
  const read: string[] = [];
  const keyOf = async (name: string) => {
    read.push(name);
    return name.startsWith('u') ? undefined : name.split(':')[0];
  };
  return { read, keyOf };
}

describe('mergedInOrder', () => {
  it('merges lists each in ascending order into one, those without a key last', async () => {
    const { keyOf } = keyed();
    const merged = mergedInOrder([['2021-03', '2024-01', 'u1'], ['2020-12', '2022-07', '2025-05', 'u2']], keyOf, 'asc');
    expect(merged.length).toBe(7);
    expect(await merged.take(10)).toEqual(['2020-12', '2021-03', '2022-07', '2024-01', '2025-05', 'u1', 'u2']);
    expect(await merged.take(10)).toEqual([]);
  });

  it('merges lists each in descending order, those without a key last again', async () => {
    const { keyOf } = keyed();
    const merged = mergedInOrder([['2024-01', '2021-03', 'u1'], ['2025-05', '2022-07', '2020-12']], keyOf, 'desc');
    expect(await merged.take(6)).toEqual(['2025-05', '2024-01', '2022-07', '2021-03', '2020-12', 'u1']);
  });

  it('keeps the lists’ order for equal keys, and draws a page at a time, reading only the keys it compares', async () => {
    const { read, keyOf } = keyed();
    const merged = mergedInOrder([['2026:a', '2026:b', '2027:c'], ['2026:d', '2028:e']], keyOf, 'asc');
    expect(await merged.take(2)).toEqual(['2026:a', '2026:b']);
    // The two lists' heads, then the first list's next: each key read once.
    expect(read).toEqual(['2026:a', '2026:d', '2026:b']);
    expect(await merged.take(2)).toEqual(['2026:d', '2027:c']);
    expect(await merged.take(2)).toEqual(['2028:e']);
    expect(new Set(read).size).toBe(read.length);
  });

  it('draws pages asked for at once one after the other, each result once', async () => {
    const { keyOf } = keyed();
    const merged = mergedInOrder([['2021', '2023', '2025'], ['2022', '2024']], keyOf, 'asc');
    expect(await Promise.all([merged.take(2), merged.take(2), merged.take(2)])).toEqual([['2021', '2022'], ['2023', '2024'], ['2025']]);
  });

  it('draws nothing from no lists, or empty ones', async () => {
    const { keyOf } = keyed();
    expect(await mergedInOrder([], keyOf, 'asc').take(3)).toEqual([]);
    expect(await mergedInOrder([[], ['2026']], keyOf, 'desc').take(3)).toEqual(['2026']);
  });
});

describe('inListOrder', () => {
  it('draws a list a page at a time', async () => {
    const results = inListOrder(['a', 'b', 'c']);
    expect(results.length).toBe(3);
    expect(await results.take(2)).toEqual(['a', 'b']);
    expect(await results.take(2)).toEqual(['c']);
  });
});
