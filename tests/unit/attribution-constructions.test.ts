/**
 * The quotation extractor on labelled constructions of English news prose (tests/fixtures/attribution-constructions.ts):
 * for each construction, every quotation it should index, in order, with its words and its speaker.
 */
import { describe, expect, it } from 'vitest';
import { extractParagraphs } from '../../src/analysis/analyse-text.ts';
import type { RegistrySpeaker } from '../../src/model/schema.ts';
import { CONSTRUCTIONS } from '../fixtures/attribution-constructions.ts';

/** The registry of the `registry: true` fixtures; every other fixture runs with an empty one. */
const REGISTRY: RegistrySpeaker[] = [
  { id: 'dana-holt', name: 'Dana Holt', aliases: ['Holt', 'the committee chairman'], kind: 'person', affiliation: 'Congress', role: 'Chair' },
  { id: 'harbour-gazette', name: 'Harbour Gazette', aliases: ['the Gazette', 'the Harbour Gazette'], kind: 'organization', affiliation: 'Media', role: 'Newspaper' },
  { id: 'harlow-audit', name: 'Harlow audit report', aliases: ['the audit report', 'the audit'], kind: 'document', affiliation: 'Harlow City Council', role: 'Annual audit' },
  { id: 'treasury-official', name: 'Unnamed Treasury official', aliases: ['a Treasury official'], kind: 'anonymous', affiliation: 'Treasury', role: 'Official' },
];

const slug = (name: string) => `constructions/${name}.txt`;

describe('attribution constructions', () => {
  for (const construction of CONSTRUCTIONS) {
    it(construction.name, async () => {
      const { quotations } = await extractParagraphs(slug(construction.name), construction.text, {
        speakers: () => (construction.registry ? REGISTRY : []),
        sectionUrl: (section: string) => `/${section}/`,
      });
      const found = quotations.map((q) => [q.text, q.speaker.id === null && q.speaker.name === 'Unattributed' ? null : q.speaker.name]);
      expect(found).toEqual(construction.quotes);
    });
  }

  it('has at least 150 sentences and unique names', () => {
    const sentences = CONSTRUCTIONS.flatMap((c) => c.text.split(/[.!?]["”]?\s+/).filter((s) => s.trim()));
    expect(sentences.length).toBeGreaterThanOrEqual(150);
    const names = CONSTRUCTIONS.map((c) => c.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
