/** The string helpers every layer shares (src/model/strings.ts). */
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeRegExp, nameWithRole, truncate, uniqueId } from '../../src/model/strings.ts';

describe('strings', () => {
  it('escapes what regular expressions and HTML treat specially', () => {
    expect(new RegExp(escapeRegExp('U.S. (envoy) $1+')).test('the U.S. (envoy) $1+ said')).toBe(true);
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('truncates to at most the given length, ellipsis included', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('exactly ten', 11)).toBe('exactly ten');
    expect(truncate('a longer sentence', 10)).toBe('a longer …');
    expect(truncate('a longer sentence', 10)).toHaveLength(10);
  });

  it('numbers ids from 2 when the base is taken, and remembers each', () => {
    const used = new Set<string>();
    expect([uniqueId('q', used), uniqueId('q', used), uniqueId('q', used), uniqueId('r', used)]).toEqual(['q', 'q-2', 'q-3', 'r']);
    expect([...used]).toEqual(['q', 'q-2', 'q-3', 'r']);
  });
});

describe('nameWithRole', () => {
  it('adds the role after the name', () => {
    expect(nameWithRole('Thomas Barrack', 'US Special Envoy to Syria')).toBe('Thomas Barrack, US Special Envoy to Syria');
  });

  it('leaves out a role that only repeats the name, so a note never says the same words twice', () => {
    expect(nameWithRole('Unnamed Syrian official', 'Syrian official')).toBe('Unnamed Syrian official');
    expect(nameWithRole('Government of Syria', 'the Syrian government')).toBe('Government of Syria, the Syrian government');
    expect(nameWithRole('Joint statement', undefined)).toBe('Joint statement');
  });
});
