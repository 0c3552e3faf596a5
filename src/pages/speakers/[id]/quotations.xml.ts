import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed, newestFirst } from '../../../outputs/atom-feed.ts';
import { paths, withBase } from '../../../model/urls.ts';
import { truncate } from '../../../model/strings.ts';
import { getQuotationViews, quotationPermalink, type QuotationView } from '../../../views/quotation-index.ts';
import type { SpeakerEntry } from '../../../views/collections.ts';
import { groupBy } from '../../../views/group.ts';

export const getStaticPaths = (async () => {
  const [speakers, quotations] = await Promise.all([getCollection('speakers'), getQuotationViews()]);
  const bySpeaker = new Map(groupBy(quotations, (view) => view.quotation.speaker.id ?? ''));
  return speakers.map((speaker) => ({ params: { id: speaker.id }, props: { speaker, quotations: bySpeaker.get(speaker.id) ?? [] } }));
}) satisfies GetStaticPaths;

/**
 * A speaker's quotations as an Atom feed, newest first, each at its permalink; a quotation is dated by when it was
 * said, else by its article, and one with neither is left out.
 */
export const GET: APIRoute = ({ props, site }) => {
  const { speaker, quotations } = props as { speaker: SpeakerEntry; quotations: QuotationView[] };
  const url = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  const { name } = speaker.data;
  const entries = quotations.flatMap((view) => {
    const { quotation, article } = view;
    const date = quotation.said ?? article.data.published;
    if (!date) return [];
    return [{ url: quotationPermalink(view, import.meta.env.BASE_URL, site), title: truncate(`“${quotation.text}”`, 120), date, authors: [name], summary: `“${quotation.text}” — ${name}, quoted in “${article.data.title}” (${article.data.publisher})` }];
  });
  const feed = atomFeed({ title: `Verbatim: quotations of ${name}`, self: url(paths.speakerFeed(speaker.id)), alternate: url(paths.speaker(speaker.id)), author: name, entries: newestFirst(entries) });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
