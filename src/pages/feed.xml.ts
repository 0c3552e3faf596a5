import type { APIRoute } from 'astro';
import { atomFeed, newestFirst } from '../outputs/atom-feed.ts';
import { paths, withBase } from '../model/urls.ts';
import { getArticles } from '../views/collections.ts';

/** The Atom feed of the articles, newest first; an article with no date cannot be placed in it and is left out. */
export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  const entries = (await getArticles()).flatMap(({ id, data }) =>
    data.published ? [{ url: url(paths.article(id)), title: data.title, date: data.published, authors: data.authors?.length ? data.authors : [data.publisher], summary: data.summary }] : [],
  );
  const feed = atomFeed({ title: 'Verbatim: articles', self: url(paths.feed()), alternate: url(paths.home()), author: 'Verbatim', entries: newestFirst(entries) });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
