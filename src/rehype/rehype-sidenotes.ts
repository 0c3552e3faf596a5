/**
 * rehype-sidenotes: places each annotation's note in the text right after the words it annotates, so that the
 * stylesheet can set it in the margin level with its line on wide screens (as Tufte's sidenotes do: floated, each
 * below the one before, so that a busy paragraph pushes its notes down rather than over the next ones) and, on
 * narrow screens, open it in place below its line. No script is needed for either.
 *
 * In:  a claim's marker   <sup class="claim-ref"><a href="#claim-c1" id="text-claim-c1" aria-label="Claim 1">1</a></sup>
 *      a date of the text <time class="date" id="date-2026-01-06" datetime="2026-01-06">January 6</time>
 *      a speaker's first mention <a class="speaker-mention" data-speaker="thomas-barrack">Thomas Barrack</a>
 *      a block quotation's speaker note, in a paragraph of its own after its words
 * Out: a claim's marker is a toggle (a label for a checkbox that opens the note on narrow screens), followed by
 *      <span class="sidenote sidenote--claim" id="note-c1" role="note"><span class="sidenote__number">1</span> …</span>;
 *      a date that the section's frontmatter names an event for, likewise; a mention, followed by its speaker's
 *      name and role (shown in the margin only: the mention itself links to the speaker's page); a block
 *      quotation's speaker note moved to the start of its words, so that it stands level with them; a quotation's
 *      note marked as said again when the quotation before it in the paragraph has the same speaker.
 * A quotation's own note (`.quotation__by`, from remark-quotations) is set in the margin by the stylesheet alone.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { formatIsoDate } from '../model/iso-date.ts';
import type { RegistrySpeaker } from '../model/schema.ts';
import { nameWithRole } from '../model/strings.ts';

export interface Options {
  /** The speaker registry, read when the first file is transformed. */
  speakers: () => readonly RegistrySpeaker[];
}

/** What a note needs of the section's frontmatter: its claims and its dated events. */
interface NoteSources {
  claims: Map<string, { claimant: string; claim: string; status: string; date?: string }>;
  events: Map<string, { event: string; place?: string }[]>;
}

const NOTE_MARK = 'data-pagefind-ignore';

function sourcesOf(frontmatter: unknown): NoteSources {
  const data = (frontmatter ?? {}) as { claims?: unknown; dates?: unknown };
  const list = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
  const claims = new Map(
    list(data.claims)
      .filter((c) => typeof c.id === 'string' && typeof c.claim === 'string')
      .map((c) => [c.id as string, { claimant: String(c.claimant ?? ''), claim: c.claim as string, status: String(c.status ?? ''), date: typeof c.date === 'string' ? c.date : undefined }]),
  );
  const events = new Map<string, { event: string; place?: string }[]>();
  for (const d of list(data.dates)) {
    if (typeof d.date !== 'string' || typeof d.event !== 'string') continue;
    events.set(d.date, [...(events.get(d.date) ?? []), { event: d.event, place: typeof d.place === 'string' ? d.place : undefined }]);
  }
  return { claims, events };
}

const classes = (node: Element): string[] => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const hasClass = (node: ElementContent, name: string): node is Element => node.type === 'element' && classes(node).includes(name);

/** A note, hidden from search (its words are the annotator's, not the text's). */
function note(kind: string, id: string | undefined, children: (ElementContent | string)[]): Element {
  return h('span', { className: ['sidenote', `sidenote--${kind}`], id, role: 'note', [NOTE_MARK]: 'all' }, children);
}

/** The checkbox a marker's label toggles, which opens its note in place on narrow screens. */
function toggle(id: string, name: string): Element {
  return h('input', { type: 'checkbox', id, className: ['note-toggle'], ariaLabel: name, [NOTE_MARK]: 'all' });
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const textOf = (node: Element) => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/** Marks each quotation note that names the same speaker as the one before it in its paragraph: it need not be shown again. */
function markRepeatedSpeakers(paragraph: Element): void {
  let previous: string | undefined;
  visit(paragraph, 'element', (node) => {
    if (!hasClass(node, 'quotation')) return;
    const byLine = node.children.find((child): child is Element => hasClass(child, 'quotation__by'));
    // The registry's id, or the name the note gives a speaker the registry does not know.
    const speaker = String(node.properties.dataSpeaker || (byLine ? textOf(byLine).split(' · ')[0] : ''));
    if (byLine && speaker && speaker === previous) byLine.properties.className = [...classes(byLine), 'quotation__by--again'];
    previous = speaker || undefined;
  });
}

export default function rehypeSidenotes(options: Options) {
  let byId: Map<string, RegistrySpeaker> | undefined;
  return (tree: Root, file: VFile) => {
    const speakers = (byId ??= new Map(options.speakers().map((speaker) => [speaker.id, speaker])));
    const { claims, events } = sourcesOf(file.data.frontmatter);
    const who = (id: string) => speakers.get(id);
    const noted = new Set<string>();

    visitParents(tree, 'element', (node, ancestors) => {
      const parent = ancestors.at(-1) as Element | Root | undefined;
      if (!parent) return;
      // A block quotation's speaker note, after its words, goes to the start of them.
      if (node.tagName === 'blockquote' && hasClass(node, 'quotation')) {
        const paragraphs = node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'p');
        const holder = paragraphs.find((p) => p.children.some((child) => hasClass(child, 'quotation__by')));
        if (holder && paragraphs[0] && holder !== paragraphs[0]) {
          paragraphs[0].children.unshift(...holder.children.filter((child) => hasClass(child, 'quotation__by')));
          node.children = node.children.filter((child) => child !== holder);
        }
        return;
      }
      if (node.tagName === 'p') markRepeatedSpeakers(node);
      const after: Element[] = [];
      if (node.tagName === 'sup' && hasClass(node, 'claim-ref')) {
        const link = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a');
        const claimId = String(link?.properties.href ?? '').replace(/^#claim-/, '');
        const claim = claims.get(claimId);
        if (!link || !claim) return SKIP;
        const number = link.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        const toggleId = `note-toggle-claim-${claimId}`;
        // No title: the note beside the line says the claim, which a tooltip would say a second time.
        node.children = [h('label', { for: toggleId, id: link.properties.id, className: ['note-marker'] }, number)];
        const meta = [h('span', { className: ['status', `status--${claim.status}`] }, claim.status), ...(claim.date ? [' ', h('time', { dateTime: claim.date }, formatIsoDate(claim.date))] : [])];
        after.push(
          toggle(toggleId, `Claim ${number}: show its note`),
          note('claim', `note-claim-${claimId}`, [h('span', { className: ['sidenote__number'] }, number), ' ', h('span', { className: ['sidenote__who'] }, who(claim.claimant)?.name ?? claim.claimant), ' ', claim.claim, ' ', ...meta]),
        );
      } else if (node.tagName === 'time' && hasClass(node, 'date') && typeof node.properties.id === 'string') {
        const value = String(node.properties.dataValue ?? node.properties.dateTime ?? '');
        const named = events.get(value);
        if (!named || noted.has(`date:${value}`)) return SKIP;
        noted.add(`date:${value}`);
        const toggleId = `note-toggle-${node.properties.id}`;
        // A label of its own after the date, not around it: Pagefind leaves the words of labels out of its index.
        after.push(
          h('label', { for: toggleId, className: ['note-marker', 'note-marker--date'] }, '+'),
          toggle(toggleId, `${formatIsoDate(value.split('/')[0]!)}: show what happened`),
          note('date', undefined, named.map(({ event, place }, i) => `${i ? '; ' : ''}${event}${place ? ` (${place})` : ''}`)),
        );
      } else if (node.tagName === 'a' && hasClass(node, 'speaker-mention')) {
        // A person's role, where it tells more than the words of the mention; a government or an unnamed official
        // is what the text says it is, and the link leads to the rest.
        const speaker = who(String(node.properties.dataSpeaker ?? ''));
        const said = wordsOf(textOf(node));
        if (!speaker || speaker.kind !== 'person' || [...wordsOf(nameWithRole(speaker.name, speaker.role))].every((word) => said.has(word) || word === 'unnamed')) return SKIP;
        after.push(note('speaker', undefined, [nameWithRole(speaker.name, speaker.role)]));
      } else {
        return;
      }
      // A note inside someone's quoted words goes after them: the quotation keeps its words together.
      const outer = ancestors.findIndex((ancestor) => ancestor.type === 'element' && hasClass(ancestor, 'quotation'));
      const [host, hostParent] = outer > 0 ? [ancestors[outer] as Element, ancestors[outer - 1] as Element | Root] : [node, parent];
      const hostIndex = hostParent.children.indexOf(host as ElementContent);
      // After the rest of the word its marker ends in ("Israel’s"), so that no note splits a word for a screen reader.
      const next = hostParent.children[hostIndex + 1];
      const rest = next?.type === 'text' ? /^[^\s]+/.exec(next.value)?.[0] : undefined;
      if (next?.type === 'text' && rest) hostParent.children.splice(hostIndex + 1, 1, { type: 'text', value: rest }, ...(next.value.length > rest.length ? [{ type: 'text' as const, value: next.value.slice(rest.length) }] : []));
      const at = hostIndex + (rest ? 2 : 1);
      hostParent.children.splice(at, 0, ...after);
      return host === node ? [SKIP, at + after.length] : SKIP;
    });
  };
}
