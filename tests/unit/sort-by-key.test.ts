import { describe, expect, it } from 'vitest';
import { sortedByKey } from '../../src/model/sort-by-key.ts';

describe('sortedByKey', () => {
  it('orders by the key, computing it once for each item', () => {
    const seen: string[] = [];
    const dates = ['2024-03', '2023', '2025-01-02', '2023-12'];
    const sorted = sortedByKey(dates, (date) => (seen.push(date), date.padEnd(10, '-01')), (a, b) => a.localeCompare(b));
    expect(sorted).toEqual(['2023', '2023-12', '2024-03', '2025-01-02']);
    expect(seen.sort()).toEqual([...dates].sort());
  });

  it('keeps items of equal keys in their order, and leaves the list it was given as it was', () => {
    const items = [{ n: 2, name: 'b' }, { n: 1, name: 'a' }, { n: 2, name: 'c' }, { n: 1, name: 'd' }];
    expect(sortedByKey(items, (item) => item.n, (a, b) => a - b).map((item) => item.name)).toEqual(['a', 'd', 'b', 'c']);
    expect(items.map((item) => item.name)).toEqual(['b', 'a', 'c', 'd']);
  });
});
