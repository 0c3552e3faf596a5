/** Each annotation's note placed right after the words it annotates, in sentences we wrote for the purpose. */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/model/schema.ts';
import { sectionHtmlRenderer } from '../helpers/section-render.ts';

const speaker = (id: string, name: string, role: string, kind: Speaker['kind'] = 'person'): Speaker => ({ id, name, aliases: [], role, affiliation: 'Varenia', kind, description: 'Made up.' });
const SPEAKERS = [
  speaker('dana-holt', 'Dana Holt', 'Envoy of Varenia'),
  speaker('varenian-official', 'Unnamed Varenian official', 'Varenian official'),
  speaker('varenia-government', 'Varenian government', 'Government of Varenia', 'organization'),
];
const render = sectionHtmlRenderer({ quotations: { speakers: () => SPEAKERS, sectionUrl: (id) => `/articles/${id}/` }, speakerUrl: (id) => `/speakers/${id}/` });

const FRONTMATTER = {
  title: 'Talks',
  order: 1,
  article: 'talks',
  speakers: ['dana-holt', 'varenian-official', 'varenia-government'],
  claims: [{ id: 'close-to-deal', claimant: 'dana-holt', claim: 'The parties are close to a deal.', sentence: 'The parties are close to a deal', status: 'asserted', date: '2025-03' }],
  dates: [{ date: '2025-03-04', event: 'Talks open in Velmar', place: 'Velmar' }],
};

async function rendered(body: string) {
  const yaml = [
    '---',
    'title: Talks',
    'order: 1',
    'article: talks',
    'speakers: [dana-holt, varenian-official, varenia-government]',
    '---',
  ].join('\n');
  return fromHtml(await render({ path: '/content/articles/talks/talks.mdx', source: `${yaml}\n\n${body}\n`, frontmatter: FRONTMATTER }), { fragment: true });
}

const noteText = (tree: ReturnType<typeof fromHtml>, selector: string) => toText(select(selector, tree)!).replace(/\s+/g, ' ').trim();

describe('rehype-sidenotes', () => {
  it('follows a claim’s marker with its numbered note, and makes the marker the toggle that opens it', async () => {
    const tree = await rendered('The parties are close to a deal, officials said. Talks resume on March 4, 2025, in Velmar.');
    const marker = select('sup.claim-ref > label', tree)!;
    expect(marker.properties).toMatchObject({ id: 'text-claim-close-to-deal', htmlFor: ['note-toggle-claim-close-to-deal'] });
    expect(marker.properties.title).toBeUndefined();
    expect(select('sup.claim-ref + input.note-toggle[type=checkbox]#note-toggle-claim-close-to-deal + .sidenote--claim', tree)).toBeTruthy();
    expect(noteText(tree, '#note-claim-close-to-deal')).toBe('1 Dana Holt The parties are close to a deal. asserted March 2025');
    expect(select('#note-claim-close-to-deal', tree)!.properties).toMatchObject({ role: 'note', dataPagefindIgnore: 'all' });
  });

  it('notes a date the frontmatter names an event for, once, and leaves other dates alone', async () => {
    const tree = await rendered('Talks open on March 4, 2025. On March 4, 2025, the rain stopped. By May 2025 nothing had moved.');
    expect(selectAll('.sidenote--date', tree).map((note) => toText(note))).toEqual(['Talks open in Velmar (Velmar)']);
    // The note follows its date, never comes before it; the date's words stay outside the label (which search skips).
    expect(select('time[datetime="2025-03-04"] + label.note-marker--date + input.note-toggle + .sidenote--date', tree)).toBeTruthy();
    expect(select('label time', tree)).toBeFalsy();
    expect(toText(select('p', tree)!).indexOf('Talks open in Velmar')).toBeGreaterThan(toText(select('p', tree)!).indexOf('March 4, 2025'));
    expect(select('time[datetime="2025-05"] + label.note-marker--date', tree)).toBeFalsy();
  });

  it('notes a person’s role at their first mention, after the rest of the word, but not what the mention already says', async () => {
    const tree = await rendered('Dana Holt’s team arrived. A Varenian official and the Varenian government said nothing.');
    const paragraph = select('p', tree)!;
    const mention = paragraph.children.findIndex((child) => child.type === 'element' && child.tagName === 'a');
    expect(paragraph.children[mention + 1]).toMatchObject({ type: 'text', value: '’s' });
    expect(paragraph.children[mention + 2]).toMatchObject({ type: 'element', properties: { className: ['sidenote', 'sidenote--speaker'] } });
    expect(selectAll('.sidenote--speaker', tree).map((note) => toText(note))).toEqual(['Dana Holt, Envoy of Varenia']);
  });

  it('sets a block quotation’s speaker note at the start of its words, and says a paragraph’s speaker once', async () => {
    const block = await rendered('> We are close to a deal.\n>\n> — Dana Holt');
    const first = select('blockquote.quotation > p', block)!;
    expect(first.children[0]).toMatchObject({ type: 'element', properties: { className: ['quotation__by'] } });
    expect(selectAll('blockquote.quotation > p', block)).toHaveLength(2);
    const twice = await rendered('Holt called the offer “a good start” and “worth a second look.”');
    expect(selectAll('.quotation__by', twice).map((note) => note.properties.className)).toEqual([['quotation__by'], ['quotation__by', 'quotation__by--again']]);
  });
});
