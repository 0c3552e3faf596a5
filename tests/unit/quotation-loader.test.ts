/** The quotation loader reads again only the analyses of sections changed since the store was last filled. */
import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../../src/analysis/section-cache.ts';
import { quotationLoader } from '../../src/astro/quotation-loader.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string };

/** What Astro gives a loader, kept in memory: the store and meta store outlive a load, as they outlive a build. */
function fakeContext(base: string, store = new Map<string, Entry>(), meta = new Map<string, string>()) {
  return {
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Entry) => (store.set(entry.id, entry), true),
      has: (id: string) => store.has(id),
      keys: () => [...store.keys()],
      delete: (id: string) => void store.delete(id),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex'),
    config: { base },
    entries: store,
    metaEntries: meta,
  };
}

async function load(context: ReturnType<typeof fakeContext>): Promise<number> {
  const reads = vi.spyOn(AnalysisCache.prototype, 'section');
  await quotationLoader('content').load(context as unknown as LoaderContext);
  const count = reads.mock.calls.length;
  reads.mockRestore();
  return count;
}

describe('quotationLoader', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads every analysis into an empty store, none when nothing changed, and all again for another base path', async () => {
    const first = fakeContext('/');
    expect(await load(first)).toBe(4);
    const quotations = new Map(first.entries);
    expect(quotations.size).toBeGreaterThan(10);

    // The next build: the same store and meta store, the same sections.
    const again = fakeContext('/', first.entries, first.metaEntries);
    expect(await load(again)).toBe(0);
    expect(new Map(again.entries)).toEqual(quotations);

    // The URLs depend on the base path: every section is read again.
    const moved = fakeContext('/verbatim/', first.entries, first.metaEntries);
    expect(await load(moved)).toBe(4);
    const [id, entry] = [...moved.entries][0]!;
    expect(entry.data.url).toBe(`/verbatim${quotations.get(id)!.data.url as string}`);
  });

  it('reads a section again when one of its entries has left the store, and removes entries no section gives', async () => {
    const context = fakeContext('/');
    await load(context);
    const [lost] = [...context.entries.keys()];
    context.entries.delete(lost!);
    context.entries.set('q-no-longer-in-the-text', { id: 'q-no-longer-in-the-text', data: {} });
    expect(await load(context)).toBe(1);
    expect(context.entries.has(lost!)).toBe(true);
    expect(context.entries.has('q-no-longer-in-the-text')).toBe(false);
  });
});
