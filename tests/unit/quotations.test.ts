/**
 * The quotation extractor (src/analysis/analyse-text.ts → remark-quotations → paragraph-quotations → quote-spans), one test
 * per construction of news prose, then the seed article end to end.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { extractQuotations, type Extraction } from '../../src/analysis/analyse-text.ts';
import { readSpeakers, sectionFiles } from '../../src/model/registry.ts';
import type { RegistrySpeaker } from '../../src/model/schema.ts';
import remarkQuotations, { type Options, type QuotationRecord } from '../../src/remark/remark-quotations.ts';


const REGISTRY: RegistrySpeaker[] = [
  {
    id: 'thomas-barrack',
    name: 'Thomas Barrack',
    aliases: ['Barrack', 'US envoy Thomas Barrack', 'the US envoy'],
    kind: 'person',
    affiliation: 'United States',
    role: 'US Special Envoy to Syria',
  },
  { id: 'syrian-official', name: 'Unnamed Syrian official', aliases: ['a Syrian official', 'The official'], kind: 'anonymous', affiliation: 'Syria' },
  { id: 'us-official', name: 'Unnamed US official', aliases: ['a US official'], kind: 'anonymous', affiliation: 'United States' },
  { id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'], kind: 'person', affiliation: 'United States' },
  { id: 'joint-statement', name: 'Joint statement', aliases: ['the joint statement', 'The statement'], kind: 'document', affiliation: 'Joint' },
  { id: 'axios', name: 'Axios', aliases: ['Axios'], kind: 'organization', affiliation: 'Media' },
  { id: 'israeli-government', name: 'Israeli government', aliases: ['Israel'], kind: 'organization', affiliation: 'Israel' },
  // A person with no aliases: only the full name finds him.
  { id: 'asaad-al-shibani', name: 'Asaad al-Shibani', aliases: [], kind: 'person', affiliation: 'Syria', role: 'Foreign Minister of Syria' },
];

const BARRACK = { id: 'thomas-barrack', name: 'Thomas Barrack' };
const SYRIAN_OFFICIAL = { id: 'syrian-official', name: 'Unnamed Syrian official' };
const US_OFFICIAL = { id: 'us-official', name: 'Unnamed US official' };
const TRUMP = { id: 'donald-trump', name: 'Donald Trump' };
const JOINT_STATEMENT = { id: 'joint-statement', name: 'Joint statement' };
const SHIBANI = { id: 'asaad-al-shibani', name: 'Asaad al-Shibani' };
const UNATTRIBUTED = { id: null, name: 'Unattributed' };

/** Straight and curly double quotation marks: every construction is tried with both. */
const MARKS = [
  ['"', '"'],
  ['“', '”'],
] as const;

const OPTIONS: Options = {
  speakers: () => REGISTRY,
  sectionUrl: (section) => `/verbatim/articles/${section}/`,
  published: () => '2026-01',
};

/** The default path: article `paris-talks` (its folder), section `paris-talks/round-five`. */
const MD = 'content/articles/paris-talks/round-five.md';
const MDX = 'content/articles/paris-talks/round-five.mdx';

function extract(contents: string, path = MD, options: Options = OPTIONS): Promise<Extraction> {
  return extractQuotations(path, contents, options);
}

/** What a reader of the index sees: the words, their kind and who said them. */
const brief = (q: QuotationRecord) => ({ text: q.text, kind: q.kind, speaker: q.speaker });
const where = (m: VFileMessage) => ({ ruleId: m.ruleId, line: m.line, column: m.column });

/** 1-based line and column of the first occurrence of `needle` in `doc`, after `from`. */
function locate(doc: string, needle: string, from = 0): { line: number; column: number } {
  const offset = doc.indexOf(needle, from);
  if (offset < 0) throw new Error(`test bug: ${JSON.stringify(needle)} not in the document`);
  const before = doc.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Extracts and checks that nothing was reported, returning the quotations in brief. */
async function quietly(contents: string, path = MD, options: Options = OPTIONS) {
  const { quotations, messages } = await extract(contents, path, options);
  expect(messages.map((m) => `${m.ruleId}: ${m.reason}`), 'no message expected for this text').toEqual([]);
  return quotations.map(brief);
}

describe('full quotations', () => {
  it('full-quote-after-colon (straight and curly), as a complete record', async () => {
    for (const [open, close] of MARKS) {
      const paragraph = `US envoy Thomas Barrack told reporters in Paris: ${open}We are closer than we have ever been to an agreement. Both delegations want this to work.${close}`;
      const { quotations, messages } = await extract(paragraph);
      expect(messages).toEqual([]);
      expect(quotations).toHaveLength(1);
      const id = quotations[0]!.id;
      expect(quotations[0]).toEqual({
        id: expect.stringMatching(/^q-we-are-closer-than-we-[0-9a-f]{6}$/),
        text: 'We are closer than we have ever been to an agreement. Both delegations want this to work.',
        kind: 'full',
        speaker: BARRACK,
        article: 'paris-talks',
        section: 'paris-talks/round-five',
        url: `/verbatim/articles/paris-talks/round-five/#${id}`,
        said: null,
        context: paragraph,
        attribution: { rule: 'cue-subject', cue: 'told', phrase: 'US envoy Thomas Barrack', resolution: '“US envoy Thomas Barrack” is the registry\'s thomas-barrack', weak: false },
        paragraph,
        line: 1,
        column: paragraph.indexOf(open) + 1,
      });
    }
  });

  it('full-quote-after-he-added (pronoun → last named speaker, in the next paragraph)', async () => {
    for (const [open, close] of MARKS) {
      const doc = [
        'US envoy Thomas Barrack said the talks in Paris had been constructive.',
        '',
        `He added, ${open}Both parties are committed to a new relationship based on transparency and partnership.${close}`,
      ].join('\n');
      const { quotations, messages } = await extract(doc);
      expect(messages).toEqual([]);
      expect(quotations.map((q) => ({ ...brief(q), context: q.context, line: q.line, column: q.column }))).toEqual([
        {
          text: 'Both parties are committed to a new relationship based on transparency and partnership.',
          kind: 'full',
          speaker: BARRACK,
          context: doc.split('\n')[2],
          line: 3,
          column: 11,
        },
      ]);
    }
  });

  it('pronoun-it-refers-to-the-last-document', async () => {
    expect(
      await quietly(
        'Following the talks, the joint statement described the discussions as “productive.” It added that both sides had “reaffirmed their commitment to enduring security.”',
      ),
    ).toEqual([
      { text: 'productive', kind: 'partial', speaker: JOINT_STATEMENT },
      { text: 'reaffirmed their commitment to enduring security', kind: 'partial', speaker: JOINT_STATEMENT },
    ]);
  });

  it('pronoun-without-antecedent is unattributed, with a message on its line', async () => {
    const doc = [
      'The fifth round of talks ended in Paris on Tuesday without a timetable.',
      '',
      'He added, “Both parties are committed to a new relationship based on transparency and partnership.”',
    ].join('\n');
    const { quotations, messages } = await extract(doc);
    expect(quotations.map(brief)).toEqual([
      { text: 'Both parties are committed to a new relationship based on transparency and partnership.', kind: 'full', speaker: UNATTRIBUTED },
    ]);
    expect(messages.map(where)).toEqual([{ ruleId: 'unattributed-quotation', ...locate(doc, '“') }]);
    expect(messages[0]!.line).toBe(3);
    expect(messages[0]!.reason).toContain('Both parties are committed');
  });

  it('split-quote-with-pronoun: “X,” he said, “Y.” (both parts, same speaker)', async () => {
    for (const [open, close] of MARKS) {
      const doc = `US envoy Thomas Barrack said the talks had been constructive. ${open}We are not there yet,${close} he said, ${open}but the door is open.${close}`;
      expect(await quietly(doc)).toEqual([
        { text: 'We are not there yet', kind: 'full', speaker: BARRACK },
        { text: 'but the door is open.', kind: 'full', speaker: BARRACK },
      ]);
    }
  });

  it('split-quote-with-inverted-name: “X,” said Barrack, “Y.”', async () => {
    for (const [open, close] of MARKS) {
      const doc = `${open}We are not there yet,${close} said Barrack, ${open}but the door is open.${close}`;
      const { quotations, messages } = await extract(doc);
      expect(messages).toEqual([]);
      expect(quotations.map((q) => ({ ...brief(q), context: q.context }))).toEqual([
        { text: 'We are not there yet', kind: 'full', speaker: BARRACK, context: doc },
        { text: 'but the door is open.', kind: 'full', speaker: BARRACK, context: doc },
      ]);
    }
  });
});

describe('partial quotations after cue verbs', () => {
  it('partial-after-urged: urged Israel to maintain an “honest and robust dialogue” (Israel is the object)', async () => {
    for (const [open, close] of MARKS) {
      expect(await quietly(`Trump also urged Israel to maintain an ${open}honest and robust dialogue${close} with Syria.`)).toEqual([
        { text: 'honest and robust dialogue', kind: 'partial', speaker: TRUMP },
      ]);
    }
  });

  it('partial-after-hailed-as: hailed the outcome as a “breakthrough,” (comma left outside the words)', async () => {
    const paragraph = 'US envoy Thomas Barrack hailed the outcome as a “breakthrough,” describing the talks as constructive.';
    const { quotations, messages } = await extract(paragraph);
    expect(messages).toEqual([]);
    expect(quotations.map((q) => ({ ...brief(q), context: q.context }))).toEqual([
      { text: 'breakthrough', kind: 'partial', speaker: BARRACK, context: paragraph },
    ]);
  });

  it('partial-after-described-as: the joint statement described the discussions as “productive,”', async () => {
    for (const [open, close] of MARKS) {
      expect(
        await quietly(`Following the talks, the joint statement described the discussions as ${open}productive,${close} focusing on Syria’s sovereignty and stability.`),
      ).toEqual([{ text: 'productive', kind: 'partial', speaker: JOINT_STATEMENT }]);
    }
  });

  it('partial-after-accused-of: the speaker is the subject, not the accused', async () => {
    expect(
      await quietly(
        'The official said the round had ended without a timetable. He accused Israel of employing “technical stalling tactics” in the talks and urged it to abandon its “expansionist mindset” to allow negotiations to proceed.',
      ),
    ).toEqual([
      { text: 'technical stalling tactics', kind: 'partial', speaker: SYRIAN_OFFICIAL },
      { text: 'expansionist mindset', kind: 'partial', speaker: SYRIAN_OFFICIAL },
    ]);
  });
});

describe('news outlets carry words but never speak them', () => {
  it('told-reuters: the source is the speaker, not Reuters', async () => {
    expect(
      await quietly('Damascus stayed silent, but a Syrian official told Reuters that Israel was employing “technical stalling tactics” in the talks.'),
    ).toEqual([{ text: 'technical stalling tactics', kind: 'partial', speaker: SYRIAN_OFFICIAL }]);
    expect(await quietly('"The freeze must come first," a Syrian official told Reuters.')).toEqual([
      { text: 'The freeze must come first', kind: 'full', speaker: SYRIAN_OFFICIAL },
    ]);
    expect(await quietly('The official said the round had ended without a timetable. “The freeze must come first,” he told Reuters.')).toEqual([
      { text: 'The freeze must come first', kind: 'full', speaker: SYRIAN_OFFICIAL },
    ]);
  });

  it('according-to-outlet: According to Axios, a US official said “…” (Axios is in the registry as Media)', async () => {
    for (const [open, close] of MARKS) {
      expect(
        await quietly(`According to Axios, a US official said Washington had proposed ${open}a trilateral operations room in Amman.${close}`),
      ).toEqual([{ text: 'a trilateral operations room in Amman', kind: 'partial', speaker: US_OFFICIAL }]);
    }
  });

  it('quote-then-according-to-outlet: “…,” according to Axios, with no one else speaking, quotes the outlet’s own report, flagged weak', async () => {
    const { quotations, messages } = await extract('“Washington proposed a trilateral operations room,” according to Axios.');
    expect(quotations.map(brief)).toEqual([{ text: 'Washington proposed a trilateral operations room', kind: 'full', speaker: { id: 'axios', name: 'Axios' } }]);
    expect(quotations[0]!.attribution).toMatchObject({ rule: 'according-to', weak: true });
    expect(messages.map(where)).toEqual([]);
  });

  it('quote-then-according-to-outlet: when someone else speaks in the sentence, the outlet is only the channel', async () => {
    const { quotations } = await extract('“Washington proposed a trilateral operations room,” a US official said, according to Axios.');
    expect(quotations.map((q) => q.speaker.name)).not.toContain('Axios');
  });

  it('told-reuters-never-makes-reuters-the-speaker, even when the subject is not recognised', async () => {
    const { quotations } = await extract('On Monday, the minister told Reuters that Israel was employing “technical stalling tactics.”');
    expect(quotations.map((q) => q.speaker.name), 'Reuters is the outlet, not the speaker').not.toContain('Reuters');
  });

  it('negated-cue-before-the-real-one: "Syria has not commented, though a Syrian official told Reuters …"', async () => {
    expect(
      await quietly('Syria has not commented, though a Syrian official told Reuters that Israel was employing “technical stalling tactics” in the talks.'),
    ).toEqual([{ text: 'technical stalling tactics', kind: 'partial', speaker: SYRIAN_OFFICIAL }]);
  });
});

describe('speakers the registry does not know', () => {
  it('unknown-speaker-after-quote: “It will not last,” said Ken Gude.', async () => {
    for (const [open, close] of MARKS) {
      expect(await quietly(`${open}It will not last,${close} said Ken Gude.`)).toEqual([
        { text: 'It will not last', kind: 'full', speaker: { id: null, name: 'Ken Gude' } },
      ]);
    }
  });

  it('unknown-speaker-with-appositive: Ken Gude, a fellow at the Center for American Progress, said “…”', async () => {
    expect(await quietly('Ken Gude, a fellow at the Center for American Progress, said “this changes everything.”')).toEqual([
      { text: 'this changes everything', kind: 'partial', speaker: { id: null, name: 'Ken Gude' } },
    ]);
  });

  it('alias-at-sentence-start: “A Syrian official accused …” and “…, the official told …”', async () => {
    expect(await quietly('A Syrian official accused Israel of employing "technical stalling tactics" in the talks.')).toEqual([
      { text: 'technical stalling tactics', kind: 'partial', speaker: SYRIAN_OFFICIAL },
    ]);
    expect(await quietly('On January 5, the official told Reuters that Israel was employing “technical stalling tactics.”')).toEqual([
      { text: 'technical stalling tactics', kind: 'partial', speaker: SYRIAN_OFFICIAL },
    ]);
  });

  it('person-with-no-aliases is found by the full name', async () => {
    expect(await quietly('Asaad al-Shibani clarified Syria’s stance: “We do not pursue peace at any cost.”')).toEqual([
      { text: 'We do not pursue peace at any cost.', kind: 'full', speaker: SHIBANI },
    ]);
  });
});

describe('quoted words that are not quotations', () => {
  it('scare-quotes-around-a-name: "Israel" and “Israel” (and "Israel\'s")', async () => {
    const doc = [
      '"Israel", for its part, has adopted contradictory positions and narratives to justify its attacks.',
      '',
      'Since the fall of Bashar al-Assad’s regime on December 8, 2024, “Israel” has intensified its military actions in Syria.',
      '',
      'The negotiations have been marked by Damascus\' insistence on the 1974 terms in contrast to "Israel\'s" continued aggression.',
      '',
      'Meanwhile, the United States has played an active role in facilitating the Syria–"Israel" talks.',
    ].join('\n');
    expect(await quietly(doc), 'a name in quotation marks is not a quotation').toEqual([]);
  });

  it('scare-quotes-around-a-name even in a sentence with a speaker and a cue', async () => {
    expect(await quietly('Trump declared that Syria and "Israel" would reach an agreement, though he offered no further details.')).toEqual([]);
  });

  it('so-called-term: a so-called "peace dividend" (straight and curly)', async () => {
    for (const [open, close] of MARKS) {
      expect(await quietly(`Barrack said the deal would bring a so-called ${open}peace dividend${close} to the region.`)).toEqual([]);
    }
  });

  it('labeling-as-terms: labeling them as "terrorists" and "jihadists,"', async () => {
    for (const [open, close] of MARKS) {
      expect(
        await quietly(
          `These operations were accompanied by hostile rhetoric labeling the new Syrian leadership as ${open}terrorists${close} and ${open}jihadists,${close} and warning of an inevitable war with Syria.`,
        ),
      ).toEqual([]);
    }
  });

  it('short-term-without-speaker: "humanitarian corridor"', async () => {
    for (const [open, close] of MARKS) {
      expect(
        await quietly(`Talks stalled in September 2025 over Israel's insistence on opening a ${open}humanitarian corridor${close} into Suwayda.`),
      ).toEqual([]);
    }
  });

  it('quotes-inside-a-heading: ## “Joint Coordination Mechanism”', async () => {
    const doc = ['## “Joint Coordination Mechanism”', '', '## Barrack on the "breakthrough he says was reached', '', 'The talks resumed on Monday.'].join('\n');
    expect(await quietly(doc), 'headings are never searched, not even for unbalanced marks').toEqual([]);
  });

  it('apostrophes-never-open-a-quotation: Syria’s, Israel\'s, don’t, won’t, \'90s', async () => {
    expect(await quietly('Syria’s foreign minister said Israel\'s demands don’t match what was agreed in Paris, and that the group\'s leaders won’t sign.')).toEqual([]);
    expect(await quietly('Barrack said: "Syria\'s future and Israel\'s security don\'t have to be at odds, as they were in the \'90s."')).toEqual([
      { text: "Syria's future and Israel's security don't have to be at odds, as they were in the '90s.", kind: 'full', speaker: BARRACK },
    ]);
    expect(await quietly('Barrack said: “Syria’s future and Israel’s security don’t have to be at odds, as they were in the ’90s.”')).toEqual([
      { text: 'Syria’s future and Israel’s security don’t have to be at odds, as they were in the ’90s.', kind: 'full', speaker: BARRACK },
    ]);
  });
});

describe('structure', () => {
  it('nested-single-quotes stay inside one quotation (straight and curly, also at the close)', async () => {
    expect(await quietly('Barrack said: “The word ‘normalization’ is not on the table yet.”')).toEqual([
      { text: 'The word ‘normalization’ is not on the table yet.', kind: 'full', speaker: BARRACK },
    ]);
    expect(await quietly('Barrack said: "The word \'normalization\' is not on the table yet."')).toEqual([
      { text: "The word 'normalization' is not on the table yet.", kind: 'full', speaker: BARRACK },
    ]);
    expect(await quietly('Barrack said: "Both delegations told us, \'We are ready to sign.\'"')).toEqual([
      { text: "Both delegations told us, 'We are ready to sign.'", kind: 'full', speaker: BARRACK },
    ]);
    expect(await quietly('Barrack said: “Both delegations told us, ‘We are ready to sign.’”')).toEqual([
      { text: 'Both delegations told us, ‘We are ready to sign.’', kind: 'full', speaker: BARRACK },
    ]);
  });

  it('quotation-over-several-paragraphs is ONE quotation joining the paragraphs', async () => {
    for (const [open, close] of MARKS) {
      const doc = [
        `Barrack said: ${open}The parties agreed to meet again in Paris next month.`,
        '',
        `${open}A freeze on new military activity will hold until then.`,
        '',
        `${open}Both sides committed to it.${close}`,
        '',
        'The talks resume in February.',
      ].join('\n');
      const { quotations, messages } = await extract(doc);
      expect(messages).toEqual([]);
      expect(quotations.map((q) => ({ ...brief(q), paragraph: q.paragraph, line: q.line, column: q.column }))).toEqual([
        {
          text: 'The parties agreed to meet again in Paris next month.\n\nA freeze on new military activity will hold until then.\n\nBoth sides committed to it.',
          kind: 'full',
          speaker: BARRACK,
          paragraph: doc.split('\n')[0],
          line: 1,
          column: 15,
        },
      ]);
    }
  });

  it('quotation-paragraph-after-said-colon: “Barrack said in a statement:” then a paragraph of his words', async () => {
    const doc = ['Barrack said in a statement:', '', '“The parties agreed to meet again in Paris next month.”'].join('\n');
    expect(await quietly(doc)).toEqual([{ text: 'The parties agreed to meet again in Paris next month.', kind: 'full', speaker: BARRACK }]);
  });

  it('unbalanced-quote: an opening mark never closed in its sentence → warning, no quotation', async () => {
    for (const [open] of MARKS) {
      const doc = ['The talks resumed on Monday.', '', `Barrack said the talks were ${open}productive and that the next round would follow soon.`].join('\n');
      const { quotations, messages } = await extract(doc);
      expect(quotations).toEqual([]);
      expect(messages.map(where)).toEqual([{ ruleId: 'unbalanced-quote', ...locate(doc, open) }]);
      expect(messages[0]!.line).toBe(3);
    }
  });

  it('unexpected-close: a closing mark with no opening → warning, no quotation', async () => {
    const doc = 'The talks resumed on Monday.\n\nThe official described the talks as productive” and constructive.';
    const { quotations, messages } = await extract(doc);
    expect(quotations).toEqual([]);
    expect(messages.map(where)).toEqual([{ ruleId: 'unexpected-close', ...locate(doc, '”') }]);
  });

  it('unbalanced-quote: a full sentence left open before a paragraph that does not continue it', async () => {
    const doc = ['The talks resumed on Monday.', '', 'Barrack said: “We are not there yet.', '', 'The talks resume next month.'].join('\n');
    const { quotations, messages } = await extract(doc);
    expect(quotations, 'no quotation invented from an unclosed mark').toEqual([]);
    expect(messages.map(where)).toEqual([{ ruleId: 'unbalanced-quote', line: 3, column: 15 }]);
    expect(messages[0]!.reason).toContain('never closed in its paragraph');
  });

  it('unbalanced-quote: a full sentence left open at the end of the text', async () => {
    const { quotations, messages } = await extract('Barrack said: "We are not there yet.');
    expect(quotations).toEqual([]);
    expect(messages.map(where)).toEqual([{ ruleId: 'unbalanced-quote', line: 1, column: 15 }]);
    expect(messages[0]!.reason).toContain('before the end of the text');
  });

  it('unbalanced marks never crash on odd input', async () => {
    for (const text of ['”', '“', '"', '“”', '""', '“ ”', "'", '“‘”', '‘“’”', '"Israel', 'Barrack said: “”', '> “\n> — Barrack']) {
      await expect(extract(text), JSON.stringify(text)).resolves.toBeDefined();
      await expect(extract(text, 'a/b.txt'), JSON.stringify(text)).resolves.toBeDefined();
    }
  });

  it('blockquote-with-attribution-line: > … then > — Thomas Barrack → full quotation by that speaker', async () => {
    const doc = [
      'Barrack posted a statement after the meeting.',
      '',
      '> Both parties are committed to a new relationship based on transparency and partnership.',
      '>',
      '> — Thomas Barrack',
    ].join('\n');
    const { quotations, messages } = await extract(doc);
    expect(messages).toEqual([]);
    expect(quotations.map((q) => ({ kind: q.kind, speaker: q.speaker, line: q.line }))).toEqual([{ kind: 'full', speaker: BARRACK, line: 3 }]);
  });

  it('blockquote-text-excludes-the-attribution-line', async () => {
    const doc = [
      '> Both parties are committed to a new relationship based on transparency and partnership.',
      '>',
      '> — Thomas Barrack',
    ].join('\n');
    const { quotations } = await extract(doc);
    expect(quotations.map(brief)).toEqual([
      { text: 'Both parties are committed to a new relationship based on transparency and partnership.', kind: 'full', speaker: BARRACK },
    ]);
  });

  it('blockquote-attribution-on-the-next-line (no blank > line)', async () => {
    const doc = ['> Both parties are committed to a new relationship based on transparency and partnership.', '> — Thomas Barrack'].join('\n');
    const { quotations, messages } = await extract(doc);
    expect(messages).toEqual([]);
    expect(quotations.map(brief)).toEqual([
      { text: 'Both parties are committed to a new relationship based on transparency and partnership.', kind: 'full', speaker: BARRACK },
    ]);
  });

  it('blockquote-after-he-said: no attribution line → whoever spoke last', async () => {
    const doc = ['US envoy Thomas Barrack said after the meeting:', '', '> The parties are committed to a new relationship.'].join('\n');
    expect(await quietly(doc)).toEqual([{ text: 'The parties are committed to a new relationship.', kind: 'full', speaker: BARRACK }]);
  });
});

describe('explicit <Quote> annotations (MDX)', () => {
  it('annotation-speaker-wins-over-the-heuristic', async () => {
    const doc = 'Trump said the envoy had told him <Quote speaker="thomas-barrack">“the deal is very close.”</Quote>';
    const { quotations, messages } = await extract(doc, MDX);
    expect(messages).toEqual([]);
    expect(quotations.map((q) => ({ ...brief(q), column: q.column }))).toEqual([
      { text: 'the deal is very close', kind: 'partial', speaker: BARRACK, column: doc.indexOf('“') + 1 },
    ]);
  });

  it('annotation-in-a-blockquote names its speaker, and leaves no <Quote> element for the page to render', async () => {
    // As Astro's MDX parses it: a <Quote> alone on its line is a block element, in a block quotation or on its own.
    const at = (line: number) => ({ start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } });
    const quote = (speaker: string, text: string, line: number) => ({
      type: 'mdxJsxFlowElement',
      name: 'Quote',
      attributes: [{ type: 'mdxJsxAttribute', name: 'speaker', value: speaker }, ...(line === 3 ? [{ type: 'mdxJsxAttribute', name: 'said', value: '2026-01' }] : [])],
      children: [{ type: 'text', value: text, position: at(line) }],
      position: at(line),
    });
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'The envoy wrote:', position: at(1) }], position: at(1) },
        { type: 'blockquote', children: [quote('thomas-barrack', 'We are closer than we have ever been.', 3)], position: at(3) },
        quote('donald-trump', '“We will see what happens,” Trump said.', 5),
      ],
    } as unknown as Root;
    const file = new VFile({ path: MDX, value: '' });
    await unified().use(remarkQuotations, OPTIONS).run(tree, file);
    expect(file.messages.map(where)).toEqual([]);
    expect((file.data.quotations ?? []).map((q) => ({ ...brief(q), said: q.said, rule: q.attribution.rule }))).toEqual([
      { text: 'We are closer than we have ever been.', kind: 'full', speaker: BARRACK, said: '2026-01', rule: 'annotation' },
      { text: 'We will see what happens', kind: 'full', speaker: TRUMP, said: null, rule: 'annotation' },
    ]);
    const elements: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') elements.push(node.type);
    });
    expect(elements).toEqual([]);
  });

  it('annotation-in-a-blockquote with an unknown speaker is reported on its line', async () => {
    const { messages } = await extract('Intro.\n\n> <Quote speaker="nobody-known">We are close.</Quote>\n', MDX);
    expect(messages.map(where)).toContainEqual({ ruleId: 'unknown-speaker', line: 3, column: 1 });
  });

  it('annotation-kind-and-said: kind="full" said="2026-01"', async () => {
    const doc = 'Trump said the envoy had told him <Quote speaker="thomas-barrack" kind="full" said="2026-01">“the deal is very close.”</Quote>';
    const { quotations, messages } = await extract(doc, MDX);
    expect(messages).toEqual([]);
    expect(quotations.map((q) => ({ ...brief(q), said: q.said }))).toEqual([
      { text: 'the deal is very close.', kind: 'full', speaker: BARRACK, said: '2026-01' },
    ]);
  });

  it('annotation-kind-none suppresses a quotation the heuristic would find', async () => {
    expect(await quietly('Barrack said the talks produced <Quote kind="none">“a real breakthrough for the region”</Quote> in his view.', MDX)).toEqual([]);
    // …and without the annotation it is one.
    expect(await quietly('Barrack said the talks produced “a real breakthrough for the region” in his view.', MDX)).toEqual([
      { text: 'a real breakthrough for the region', kind: 'partial', speaker: BARRACK },
    ]);
  });

  it('annotation-speaker-on-a-name makes it a quotation', async () => {
    expect(await quietly('The statement ended with a single word: <Quote speaker="joint-statement">“Peace”</Quote>.', MDX)).toEqual([
      { text: 'Peace', kind: 'partial', speaker: JOINT_STATEMENT },
    ]);
  });

  it('annotation-with-unknown-speaker-id → unknown-speaker message at the mark', async () => {
    const doc = 'Trump said <Quote speaker="nobody-here">“it is close.”</Quote>';
    const { quotations, messages } = await extract(doc, MDX);
    expect(messages.map(where)).toEqual([{ ruleId: 'unknown-speaker', line: 1, column: doc.indexOf('“') + 1 }]);
    expect(messages[0]!.reason).toContain('nobody-here');
    expect(quotations.map(brief), 'falls back on the heuristic speaker').toEqual([{ text: 'it is close', kind: 'partial', speaker: TRUMP }]);
  });

  it('annotation-speaker-wins-over-a-term-cue', async () => {
    expect(
      await quietly('Barrack said the region would reap what Trump has labelled as <Quote speaker="donald-trump">“the peace dividend”</Quote>.', MDX),
    ).toEqual([{ text: 'the peace dividend', kind: 'partial', speaker: TRUMP }]);
  });
});

describe('said: when the words were said', () => {
  it('said-from-framing-date: In November 2025, Barrack said … → 2025-11, inherited by his next sentence; others null', async () => {
    const doc = [
      'In November 2025, Barrack said the border talks would “take months, not weeks.”',
      '',
      'Barrack later described the Paris round as “productive.”',
      '',
      'Trump urged Israel to maintain an “honest and robust dialogue” with Syria.',
    ].join('\n');
    const { quotations, messages } = await extract(doc);
    expect(messages).toEqual([]);
    expect(quotations.map((q) => [q.text, q.speaker.id, q.said])).toEqual([
      ['take months, not weeks', 'thomas-barrack', '2025-11'],
      ['productive', 'thomas-barrack', '2025-11'],
      ['honest and robust dialogue', 'donald-trump', null],
    ]);
  });

  it('said-day-without-year: On January 5, … told Reuters … with published 2026-01 → 2026-01-05, then inherited', async () => {
    const doc = [
      'On January 5, a Syrian official told Reuters that Israel was employing “technical stalling tactics.”',
      '',
      'The official said the round ended with a US initiative to “immediately freeze all Israeli military activities” against Syria.',
    ].join('\n');
    const { quotations, messages } = await extract(doc);
    expect(messages).toEqual([]);
    expect(quotations.map((q) => [q.text, q.speaker.id, q.said])).toEqual([
      ['technical stalling tactics', 'syrian-official', '2026-01-05'],
      ['immediately freeze all Israeli military activities', 'syrian-official', '2026-01-05'],
    ]);
  });

  it('said-without-any-date is null', async () => {
    const { quotations } = await extract('US envoy Thomas Barrack hailed the outcome as a “breakthrough,” describing the talks as constructive.');
    expect(quotations.map((q) => q.said)).toEqual([null]);
  });

  it('said-from-a-relative-date is null: "last week" is not a date', async () => {
    const { quotations } = await extract('Last week, Barrack said the border talks would “take months, not weeks.”');
    expect(quotations.map((q) => q.said)).toEqual([null]);
  });

  it('said-with-a-full-year-needs-no-published-date', async () => {
    const { quotations } = await extract('In November 2025, Barrack said the border talks would “take months, not weeks.”', MD, {
      ...OPTIONS,
      published: () => undefined,
    });
    expect(quotations.map((q) => q.said)).toEqual(['2025-11']);
  });
});

describe('frontmatter', () => {
  it('frontmatter-article-and-section-speakers: article id from YAML, section speakers win a shared alias', async () => {
    const registry: RegistrySpeaker[] = [
      ...REGISTRY,
      { id: 'israeli-official', name: 'Unnamed Israeli official', aliases: ['The official'], kind: 'anonymous', affiliation: 'Israel' },
    ];
    const body = 'The official said Israel would “keep its forces in the buffer zone for now.”';
    const options = { ...OPTIONS, speakers: () => registry };
    const withSection = await extract(`---\narticle: syria-talks\nspeakers:\n  - israeli-official\n---\n\n${body}\n`, 'drafts/misc/positions.md', options);
    expect(withSection.messages).toEqual([]);
    expect(withSection.quotations.map((q) => [q.article, q.section, q.speaker.id, q.line])).toEqual([
      ['syria-talks', 'syria-talks/positions', 'israeli-official', 7],
    ]);
    expect(withSection.quotations[0]!.url).toBe(`/verbatim/articles/syria-talks/positions/#${withSection.quotations[0]!.id}`);
    // Without section speakers the registry order decides.
    const without = await extract(body, 'drafts/misc/positions.md', options);
    expect(without.quotations.map((q) => [q.article, q.section, q.speaker.id])).toEqual([['misc', 'misc/positions', 'syrian-official']]);
  });
});

describe('ids', () => {
  const twoParagraphs = (first: string) =>
    [first, '', 'US envoy Thomas Barrack hailed the outcome as a “breakthrough,” describing the talks as constructive.'].join('\n');

  it('ids-are-stable across runs and readable', async () => {
    const doc = twoParagraphs('The talks resumed in Paris on Monday.');
    const first = (await extract(doc)).quotations.map((q) => q.id);
    const second = (await extract(doc)).quotations.map((q) => q.id);
    expect(first).toEqual(second);
    expect(first).toEqual([expect.stringMatching(/^q-breakthrough-[0-9a-f]{6}$/)]);
  });

  it('ids-unchanged-when-an-unrelated-paragraph-is-edited (or one is inserted before)', async () => {
    const before = (await extract(twoParagraphs('The talks resumed in Paris on Monday.'))).quotations;
    const edited = (await extract(twoParagraphs('The fifth round of talks resumed in Paris on Monday, January 5.'))).quotations;
    const inserted = (await extract(`A new opening paragraph.\n\n${twoParagraphs('The talks resumed in Paris on Monday.')}`)).quotations;
    expect(edited.map((q) => q.id)).toEqual(before.map((q) => q.id));
    expect(inserted.map((q) => q.id)).toEqual(before.map((q) => q.id));
    expect(inserted.map((q) => q.line)).toEqual([5]);
  });

  it('ids-unchanged-when-straight-quotes-are-curled', async () => {
    const straight = await extract('Barrack said: "We are not there yet."');
    const curly = await extract('Barrack said: “We are not there yet.”');
    expect(curly.quotations.map((q) => q.id)).toEqual(straight.quotations.map((q) => q.id));
  });

  it('ids-unique-when-the-same-words-are-quoted-twice in one section', async () => {
    const doc = [
      'US envoy Thomas Barrack hailed the outcome as a “breakthrough,” describing the talks as constructive.',
      '',
      'Trump, too, said the agreement was a “breakthrough” in a post on Tuesday.',
    ].join('\n');
    const { quotations } = await extract(doc);
    expect(quotations.map((q) => [q.text, q.speaker.id])).toEqual([
      ['breakthrough', 'thomas-barrack'],
      ['breakthrough', 'donald-trump'],
    ]);
    const [a, b] = quotations.map((q) => q.id);
    expect(b).toBe(`${a}-2`);
    expect(new Set(quotations.map((q) => q.url)).size).toBe(2);
  });

  it('ids-differ-between-sections for the same words', async () => {
    const doc = 'Barrack said: “We are not there yet.”';
    const one = await extract(doc, 'content/articles/paris-talks/one.md');
    const two = await extract(doc, 'content/articles/paris-talks/two.md');
    expect(one.quotations[0]!.id).not.toBe(two.quotations[0]!.id);
  });
});

describe('plain text', () => {
  const RAW = [
    'What Did the Fifth Round of Syria–"Israel" Negotiations Reveal?', // 1
    '', // 2
    'US envoy Thomas Barrack hailed the outcome as a “breakthrough,” describing the talks in Paris as constructive.', // 3
    '', // 4
    '', // 5
    'He added, “Both parties are committed to a new relationship based on transparency and partnership, one that accelerates a collaborative future.”', // 6
    '', // 7
    'Talks had stalled in September 2025 over the "humanitarian corridor that Israel wanted to open into Suwayda.', // 8
    '', // 9
    'https://www.noonpost.com/en/363213/', // 10
  ].join('\n');

  it('plain-text-article: title line, paragraphs, final URL; raw line numbers', async () => {
    const { quotations, messages } = await extract(RAW, 'content/articles/paris-talks/source.txt');
    expect(quotations.map((q) => ({ ...brief(q), section: q.section, line: q.line, column: q.column }))).toEqual([
      { text: 'breakthrough', kind: 'partial', speaker: BARRACK, section: 'paris-talks/source', ...locate(RAW, '“breakthrough') },
      {
        text: 'Both parties are committed to a new relationship based on transparency and partnership, one that accelerates a collaborative future.',
        kind: 'full',
        speaker: BARRACK,
        section: 'paris-talks/source',
        ...locate(RAW, '“Both'),
      },
    ]);
    expect(messages.map(where)).toEqual([{ ruleId: 'unbalanced-quote', ...locate(RAW, '"humanitarian') }]);
    expect(messages[0]!.line).toBe(8);
  });

  it('plain-text-title-is-not-searched (its "Israel" is neither a quotation nor a message)', async () => {
    const { quotations, messages } = await extract(RAW, 'content/articles/paris-talks/source.txt');
    expect(quotations.some((q) => q.text.includes('Israel'))).toBe(false);
    expect(messages.filter((m) => m.line === 1)).toEqual([]);
  });

  it('plain-text-short-quoted-paragraph is a paragraph, not a heading', async () => {
    const raw = [
      'Syria and Israel agree on a coordination cell',
      '',
      'US envoy Thomas Barrack said the talks in Paris had been constructive and useful for everyone.',
      '',
      'He added, “Both parties are committed to a new relationship.”',
      '',
      'The talks resume in February, officials in Paris said on Tuesday evening.',
      '',
      'https://example.org/story',
    ].join('\n');
    const { quotations } = await extract(raw, 'content/articles/paris-talks/source.txt');
    expect(quotations.map(brief)).toEqual([{ text: 'Both parties are committed to a new relationship.', kind: 'full', speaker: BARRACK }]);
  });

  it('plain-text-hard-wrapped-paragraph: messages carry the raw line of the mark', async () => {
    const raw = [
      'Syria and Israel agree on a coordination cell', // 1
      '', // 2
      'US envoy Thomas Barrack said on Tuesday that the talks in Paris had been constructive and', // 3
      'that Israel had dropped its demand for a "humanitarian corridor into Suwayda, at least for now.', // 4
      '', // 5
      'https://example.org/story', // 6
    ].join('\n');
    const { messages } = await extract(raw, 'content/articles/paris-talks/source.txt');
    expect(messages.map(where)).toEqual([{ ruleId: 'unbalanced-quote', ...locate(raw, '"humanitarian') }]);
  });
});

describe('the seed article (content/articles/syria-israel-fifth-round)', () => {
  const speakers = readSpeakers('content');
  const seedOptions: Options = { speakers: () => speakers, sectionUrl: (section) => `/articles/${section}/`, published: () => '2026-01' };
  const folder = join('content', 'articles', 'syria-israel-fifth-round');
  const files = sectionFiles('content').filter((path) => basename(dirname(path)) === 'syria-israel-fifth-round');
  const extractSeed = (file: string) => extractQuotations(join(folder, file), readFileSync(join(folder, file), 'utf8'), seedOptions);

  const EXPECTED: Record<string, [string, 'full' | 'partial', string][]> = {
    'introduction.mdx': [],
    'a-faltering-track-amid-unrelenting-aggression.mdx': [
      [
        'asaad-al-shibani',
        'full',
        'We do not pursue peace at any cost. We will not sign any agreement while our land remains occupied. The condition is clear: full withdrawal to the lines of December 7, 2024. If they want an agreement, let them return to the borders. Otherwise, there is no agreement, and no concessions.',
      ],
      ['donald-trump', 'partial', 'understanding'],
      ['donald-trump', 'partial', 'honest and robust dialogue'],
      ['donald-trump', 'partial', 'path to prosperity'],
    ],
    'joint-coordination-mechanism.mdx': [
      [
        'syrian-government-source',
        'partial',
        "balanced security framework that upholds full Syrian sovereignty and prevents any interference in Syria's internal affairs",
      ],
      ['joint-statement', 'partial', 'productive'],
      ['us-government', 'partial', 'positive steps'],
      ['joint-statement', 'partial', 'the spirit of a significant meeting'],
      ['joint-statement', 'partial', 'open a new chapter in their relations for the benefit of future generations'],
      ['thomas-barrack', 'partial', 'breakthrough'],
      ['thomas-barrack', 'partial', 'a strong mutual desire to move from denial to real cooperation and shared prosperity'],
      [
        'thomas-barrack',
        'full',
        'Both parties are committed to a new relationship based on transparency and partnership one that acknowledges past regrets and accelerates a collaborative future.',
      ],
    ],
    'agreement-or-normalization.mdx': [
      ['syrian-official', 'partial', 'immediately freeze all Israeli military activities'],
      ['syrian-official', 'partial', 'technical stalling tactics'],
      ['syrian-official', 'partial', 'expansionist mindset'],
    ],
  };

  it('has exactly the four section files', () => {
    expect(files.map((path) => basename(path)).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`seed ${file}: exactly these [speaker, kind, text], and no message`, async () => {
      const { quotations, messages } = await extractSeed(file);
      expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`), `no message expected for ${file}`).toEqual([]);
      expect(quotations.map((q) => [q.speaker.id, q.kind, q.text])).toEqual(expected);
      const section = `syria-israel-fifth-round/${file.replace(/\.mdx$/, '')}`;
      for (const q of quotations) {
        expect(q.section).toBe(section);
        expect(q.article).toBe('syria-israel-fifth-round');
        expect(q.url).toBe(`/articles/${section}/#${q.id}`);
        expect(q.paragraph).toContain(q.text.split('\n')[0]);
        expect(q.context).toContain(q.text);
        expect(q.line).toBeGreaterThan(0);
      }
    });
  }

  it('seed: no quotation is "Israel", "Israel\'s" or only a name', async () => {
    const names = new Set(speakers.flatMap((s) => [s.name, ...s.aliases]).map((n) => n.toLowerCase()));
    for (const file of Object.keys(EXPECTED)) {
      const { quotations } = await extractSeed(file);
      for (const q of quotations) {
        const bare = q.text.replace(/[.,’'"“”]+$/u, '').replace(/[’']s$/u, '');
        expect(['Israel', "Israel's", 'Israel’s'], `${file}: “${q.text}” is a name in scare quotes, not a quotation`).not.toContain(q.text);
        expect(names.has(bare.toLowerCase()), `${file}: “${q.text}” is only a name`).toBe(false);
        expect(/^(?:\p{Lu}[\p{L}’'-]*\s*)+$/u.test(bare), `${file}: “${q.text}” looks like a bare proper name`).toBe(false);
      }
    }
  });

  it('seed: said dates — al-Shibani 2025-11 and the SANA source 2026-01-05 from the text, the joint statement and the US 2026-01-06 from their dated claims, the rest undated', async () => {
    const all = (await Promise.all(Object.keys(EXPECTED).map(extractSeed))).flatMap((e) => e.quotations);
    const dated = all.filter((q) => q.said !== null).map((q) => [q.speaker.id, q.said]);
    expect(dated).toEqual([
      ['asaad-al-shibani', '2025-11'],
      ['syrian-government-source', '2026-01-05'],
      ['joint-statement', '2026-01-06'],
      ['us-government', '2026-01-06'],
      ['joint-statement', '2026-01-06'],
      ['joint-statement', '2026-01-06'],
    ]);
  });

  it('seed: ids are unique across the article', async () => {
    const all = (await Promise.all(Object.keys(EXPECTED).map(extractSeed))).flatMap((e) => e.quotations);
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
  });
});

describe('a dash byline on the line after a quotation', () => {
  const doc = '“Almost all new income is going to the top.”\n\n— Rosa Delgado, speaking in Reno.\n\nThe figure is out of date.\n';

  it('dash-byline-paragraph: the quotation is the named person’s, and the byline line holds no quotation', async () => {
    const { quotations, messages } = await extract(doc);
    expect(quotations.map(brief)).toEqual([{ text: 'Almost all new income is going to the top.', kind: 'full', speaker: { id: null, name: 'Rosa Delgado' } }]);
    expect(quotations[0]!.attribution).toMatchObject({ rule: 'dash-byline', phrase: 'Rosa Delgado, speaking in Reno' });
    expect(messages.map(where)).toEqual([]);
  });

  it('dash-byline-paragraph: the note on the page names the byline’s speaker', async () => {
    const file = new VFile({ path: MD, value: doc });
    const processor = unified().use(remarkParse).use(remarkQuotations, OPTIONS);
    const tree = await processor.run(processor.parse(file), file);
    const notes: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'quotationNote') notes.push(toString(node));
    });
    expect(notes).toEqual(['Rosa Delgado · full quotation']);
  });

  it('a subheading between dashes is no byline', async () => {
    const { quotations } = await extract('“We will get there,” Mayor Ana Ruiz said.\n\n“It will take years.”\n\n– A city in waiting –.\n');
    expect(quotations.map((q) => q.speaker.name)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('a quotation with no byline after it keeps its own attribution, reported once', async () => {
    const { quotations, messages } = await extract('“Almost all new income is going to the top.”\n\nThe figure is out of date.\n');
    expect(quotations.map((q) => q.speaker)).toEqual([UNATTRIBUTED]);
    expect(messages.map(where)).toEqual([{ ruleId: 'unattributed-quotation', line: 1, column: 1 }]);
  });
});

describe('the render marks quotations by the analysis (remark-quotations with a plan)', () => {
  const doc = [
    '“We are not there yet,” Barrack said on Tuesday. The talks go on.',
    '',
    '> A line the envoy read out.',
    '',
    '“The corridor will open,” he added, “within days.”',
    '',
  ].join('\n');
  const run = async (text: string, options: Options) => {
    const file = new VFile({ path: MD, value: text });
    const processor = unified().use(remarkParse).use(remarkQuotations, options);
    const tree = await processor.run(processor.parse(file), file);
    return { tree, file };
  };

  it('gives the same marked tree and records as analysing the text again', async () => {
    const analysed = await run(doc, OPTIONS);
    const plan = analysed.file.data.renderPlan!;
    expect(plan.paragraphs.length).toBe(2);
    expect(plan.blockquotes).toHaveLength(1);
    const rendered = await run(doc, { ...OPTIONS, plan: async () => plan });
    expect(rendered.tree).toEqual(analysed.tree);
    expect(rendered.file.data.quotations).toEqual(analysed.file.data.quotations);
    expect(rendered.file.messages).toEqual([]);
  });

  it('marks a quotation never closed as the analysis did, though it is left out of the index', async () => {
    const unclosed = '“We will stay the course. We will win, said Dana Holt.\n\nThe talks ended on Friday.\n';
    const analysed = await run(unclosed, OPTIONS);
    expect(analysed.file.data.quotations).toEqual([]);
    const plan = structuredClone(analysed.file.data.renderPlan!);
    expect(plan.unindexed.map((record) => record.text)).toEqual(['We will stay the course. We will win, said Dana Holt.']);
    const rendered = await run(unclosed, { ...OPTIONS, plan: async () => plan });
    expect(rendered.tree).toEqual(analysed.tree);
  });

  it('takes the speakers from the plan, never deciding them again', async () => {
    const plan = structuredClone((await run(doc, OPTIONS)).file.data.renderPlan!);
    plan.records[0]!.speaker = { id: null, name: 'Planned Speaker' };
    const { tree } = await run(doc, { ...OPTIONS, plan: async () => plan });
    const notes: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'quotationNote') notes.push(toString(node));
    });
    expect(notes[0]).toBe('Planned Speaker · full quotation');
  });

  it('fits a document with <Quote> annotations, whose text is the same before and after they are unwrapped', async () => {
    const mdx = 'Trump said the envoy had told him <Quote speaker="thomas-barrack">“the deal is very close.”</Quote>\n';
    const render = async (options: Options) => {
      const file = new VFile({ path: MDX, value: mdx });
      const processor = unified().use(remarkParse).use(remarkMdx).use(remarkQuotations, options);
      return { tree: await processor.run(processor.parse(file), file), file };
    };
    const analysed = await render(OPTIONS);
    const plan = structuredClone(analysed.file.data.renderPlan!);
    plan.records[0]!.speaker = { id: null, name: 'Planned Speaker' };
    const { tree } = await render({ ...OPTIONS, plan: async () => plan });
    const notes: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'quotationNote') notes.push(toString(node));
    });
    expect(notes).toEqual(['Planned Speaker · partial quotation']);
  });

  it('analyses the text itself when the plan was made from other text', async () => {
    const plan = (await run(doc, OPTIONS)).file.data.renderPlan!;
    const edited = doc.replace('The talks go on.', 'The talks go on, “for now,” said Trump.');
    const fresh = await run(edited, OPTIONS);
    const rendered = await run(edited, { ...OPTIONS, plan: async () => plan });
    expect(rendered.tree).toEqual(fresh.tree);
    expect(rendered.file.data.quotations!.map((q) => q.text)).toContain('for now');
  });
});

