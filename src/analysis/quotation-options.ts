/** The options remark-quotations runs with everywhere: pages, the quotation index, the check and the CLI. */
import type { Options } from '../remark/remark-quotations.ts';
import { readArticles, readSpeakers } from '../model/registry.ts';
import type { Article, Speaker } from '../model/schema.ts';
import { paths, withBase } from '../model/urls.ts';

/** Reads the registries once, on first use, so that a broken registry is reported by the check first. */
export function quotationOptions(contentDir: string, base: string): Options {
  let speakers: Speaker[] | undefined;
  let articles: Map<string, Article> | undefined;
  return {
    speakers: () => (speakers ??= readSpeakers(contentDir)),
    published: (article) => (articles ??= readArticles(contentDir)).get(article)?.published,
    sectionUrl: (sectionId) => withBase(base, paths.section(sectionId)),
  };
}
