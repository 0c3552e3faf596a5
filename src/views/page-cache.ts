/** What pages' cache keys are made of, beyond their own props: the sections' analyses and the speaker registry. */
import { getCollection } from 'astro:content';
import { cacheKeyOf } from './cache-key.ts';
import type { SpeakerEntry } from './collections.ts';

/** Each section's analysis digest by section id: it covers the section file, the registry, its article entry and the analyser. */
export async function getAnalysisDigests(): Promise<Map<string, string>> {
  return new Map((await getCollection('analysisDigests')).map((entry) => [entry.id, entry.data.digest]));
}

/** The key part of the speaker registry, which names, roles and links on every page of text depend on. */
export function registryKey(speakers: ReadonlyMap<string, SpeakerEntry>): string {
  return cacheKeyOf([...speakers.values()].map((speaker) => speaker.data));
}
