import { describe, expect, it } from 'vitest';
import { jsonLines } from '../../src/outputs/compact-json.ts';

describe('jsonLines', () => {
  const items = [{ id: 'a', text: 'line\nbreak, "quoted"' }, { id: 'b', nested: { list: [1, 2] } }];

  it('writes valid JSON that reads back as the same value, with or without a key', () => {
    expect(JSON.parse(jsonLines(items))).toEqual(items);
    expect(JSON.parse(jsonLines(items, 'quotations'))).toEqual({ quotations: items });
    expect(JSON.parse(jsonLines([], 'claims'))).toEqual({ claims: [] });
  });

  it('puts each item on a line of its own and nothing else on it', () => {
    const lines = jsonLines(items, 'quotations').split('\n');
    expect(lines).toEqual(['{"quotations":[', `${JSON.stringify(items[0])},`, JSON.stringify(items[1]), ']}', '']);
  });
});
