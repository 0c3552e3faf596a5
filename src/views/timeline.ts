/** The timeline of all articles, built from the collections for the timeline page and its export. */
import { getCollection } from 'astro:content';
import { getClaimViews } from './claims.ts';
import { getArticles, getSectionsByArticle, getSpeakersById } from './collections.ts';
import { buildTimeline, type TimelineEntry } from './timeline-events.ts';
import { partiesOf } from './timeline-parties.ts';
import { groupBy } from './group.ts';
import { pagePath, pagesOfGroups, TIMELINE_ENTRIES_PER_PAGE, type GroupPart, type PageOf } from './pagination.ts';
import { yearOf } from '../model/iso-date.ts';

export type { TimelineEntry } from './timeline-events.ts';
import { inQuotes } from './in-quotes.ts';
import { paths, withBase } from '../model/urls.ts';
import { getQuotationViews, speakerName } from './quotation-index.ts';

export async function getTimeline(): Promise<TimelineEntry[]> {
  const base = import.meta.env.BASE_URL;
  const [articles, sectionsByArticle, speakers, quotations, claims, mentions] = await Promise.all([
    getArticles(),
    getSectionsByArticle(),
    getSpeakersById(),
    getQuotationViews(),
    getClaimViews(),
    getCollection('dateMentions'),
  ]);
  const sections = articles.flatMap((article) => (sectionsByArticle.get(article.id) ?? []).map((section) => ({ article, section })));
  const parties = partiesOf(
    [...speakers.values()].map((speaker) => speaker.data),
    sections.flatMap(({ section }) => section.data.dates.map((date) => date.actors)),
  );
  const events = sections.flatMap(({ article, section }) =>
    section.data.dates.map((date) => ({
      date: date.date,
      event: date.event,
      parties: parties.ofActors(date.actors),
      article: article.id,
      section: section.id,
      sectionTitle: section.data.title,
      sectionHref: withBase(base, paths.section(section.id)),
    })),
  );
  const statements = [
    ...quotations.flatMap((view) =>
      view.quotation.said
        ? [{
            date: view.quotation.said,
            speaker: speakerName(view),
            parties: parties.ofSpeaker(view.speaker?.data),
            text: `“${view.quotation.text}”`,
            article: view.article.id,
            href: view.quotation.url,
            label: `the quotation in ${inQuotes(view.section.data.title)}`,
          }]
        : [],
    ),
    ...claims.flatMap((view) =>
      view.claim.date
        ? [{
            date: view.claim.date,
            speaker: view.claimant.data.name,
            parties: parties.ofSpeaker(view.claimant.data),
            text: view.claim.claim,
            article: view.article.id,
            href: withBase(base, `${paths.section(view.section.id)}#text-claim-${view.claim.id}`),
            label: `the claim in ${inQuotes(view.section.data.title)}`,
          }]
        : [],
    ),
  ];
  return buildTimeline(events, statements, mentions.map((m) => ({ section: m.data.section, id: m.data.anchor, value: m.data.value })));
}

/** The pages of /timeline/: its entries by year, in the order they come; undated ones under "Undated". */
export function timelinePages(entries: readonly TimelineEntry[]): PageOf<GroupPart<TimelineEntry>>[] {
  return pagesOfGroups(groupBy(entries, (entry) => String(yearOf(entry.date) ?? 'Undated')), TIMELINE_ENTRIES_PER_PAGE);
}

/** Each entry's address on the timeline: the page it is listed on, and its anchor there (without the base path). */
export function timelineAddresses(entries: readonly TimelineEntry[]): Map<string, string> {
  const addresses = new Map<string, string>();
  for (const page of timelinePages(entries)) {
    for (const entry of page.items.flatMap((year) => year.items)) addresses.set(entry.id, `${pagePath(paths.timeline(), page.number)}#${entry.id}`);
  }
  return addresses;
}
