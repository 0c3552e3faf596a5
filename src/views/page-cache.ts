/** What pages' cache keys are made of, beyond their own props: the sections' analyses and the speaker registry. */
import { getCollection } from 'astro:content';
import { cacheKeyOf } from './cache-key.ts';
import { oncePerBuild, type SpeakerEntry } from './collections.ts';

/** Each section's analysis digest by section id: it covers the section file, the registry, its article entry and the analyser. */
export const getAnalysisDigests = oncePerBuild(async (): Promise<Map<string, string>> => new Map((await getCollection('analysisDigests')).map((entry) => [entry.id, entry.data.digest])));

const registryKeys = new WeakMap<ReadonlyMap<string, SpeakerEntry>, string>();

/** The key part of the speaker registry, which names, roles and links on every page of text depend on; made once per registry read. */
export function registryKey(speakers: ReadonlyMap<string, SpeakerEntry>): string {
  let key = registryKeys.get(speakers);
  if (key === undefined) registryKeys.set(speakers, (key = cacheKeyOf([...speakers.values()].map((speaker) => speaker.data))));
  return key;
}
