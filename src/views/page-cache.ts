/**
 * Cache keys of pages for Astro's incremental build: a page whose key and code are unchanged since the last build
 * is not rendered again. A key digests everything a page shows besides its own content entry (which Astro tracks).
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import type { SpeakerEntry } from './collections.ts';

/** A digest of the given values, in a stable order (object keys sorted). */
export function cacheKeyOf(value: unknown): string {
  const stable = JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item,
  );
  return createHash('sha256').update(stable ?? 'undefined').digest('hex').slice(0, 32);
}

/** Each section's analysis digest by section id: it covers the section file, the registry, its article entry and the analyser. */
export async function getAnalysisDigests(): Promise<Map<string, string>> {
  return new Map((await getCollection('analysisDigests')).map((entry) => [entry.id, entry.data.digest]));
}

/** The key part of the speaker registry, which names, roles and links on every page of text depend on. */
export function registryKey(speakers: ReadonlyMap<string, SpeakerEntry>): string {
  return cacheKeyOf([...speakers.values()].map((speaker) => speaker.data));
}
