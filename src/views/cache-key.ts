/** Cache keys for Astro's incremental build: a page whose key and code are unchanged is not rendered again. */
import { createHash } from 'node:crypto';
import { DEFERRAL_CODE } from '../outputs/deferred-scripts.ts';

const countedByDigest = new WeakMap<object, string>();

/**
 * Marks an entry's data to count in every cache key by its entry's collection, id and digest, as a whole entry
 * does, rather than by its fields: the paginated indexes' keys cover every quotation they show, which written out
 * came to 66 MB, over a second of every build, at a thousand articles.
 */
export function countByDigest<T extends object>(data: T, entry: { collection: string; id: string; digest?: string | number }): T {
  if (entry.digest) countedByDigest.set(data, `${entry.collection}/${entry.id}@${entry.digest}`);
  return data;
}

/**
 * A digest of the given values, in a stable order (object keys sorted). A content entry counts by its id and
 * digest where it has one (the digest covers its file), otherwise by its data. The deferral of the page's
 * scripts (src/middleware.ts) counts too: Astro's cache, which keeps a page as the middleware left it, does not.
 */
export function cacheKeyOf(value: unknown): string {
  const stable = JSON.stringify(value, (_key, item: unknown) => {
    if (!item || typeof item !== 'object') return item;
    const digested = countedByDigest.get(item);
    if (digested) return digested;
    if (Array.isArray(item)) return item;
    if ('collection' in item && 'id' in item) {
      const entry = item as { collection: string; id: string; digest?: string; data?: unknown };
      return entry.digest ? `${entry.collection}/${entry.id}@${entry.digest}` : { collection: entry.collection, id: entry.id, data: entry.data };
    }
    return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
  return createHash('sha256').update(DEFERRAL_CODE).update('\0').update(stable ?? 'undefined').digest('hex').slice(0, 32);
}
