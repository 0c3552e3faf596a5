/** Reads the content registries straight from disk, for code that runs outside Astro's collections. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ARTICLE_FILE, ARTICLES_DIR, FORMER_QUOTATION_PAGES_FILE, FRONTMATTER, SPEAKERS_FILE } from './content-layout.ts';
import { folderEntries } from './content-files.ts';
import type { ParsedYamlCache } from './parsed-yaml.ts';
import { articleSchema, formerQuotationPageSchema, plainSectionSchema, speakerSchema, type Article, type Speaker } from './schema.ts';

/** A speakers file: the registry's entries, in order. */
export const speakerList = z.array(speakerSchema);

/** The speaker registry; the content check has already reported any problem in it. */
export function readSpeakers(contentDir: string): Speaker[] {
  return speakerList.parse(parse(readFileSync(join(contentDir, SPEAKERS_FILE), 'utf8')));
}

/** The ids of the quotations whose former pages still answer; none when the file is absent. */
export function readFormerQuotationPages(contentDir: string): string[] {
  const path = join(contentDir, FORMER_QUOTATION_PAGES_FILE);
  if (!existsSync(path)) return [];
  return z.array(formerQuotationPageSchema).parse(parse(readFileSync(path, 'utf8')) ?? []).map((entry) => entry.id);
}

/** Every article entry by id (its folder name). */
export function readArticles(contentDir: string): Map<string, Article> {
  const dir = join(contentDir, ARTICLES_DIR);
  const articles = new Map<string, Article>();
  for (const { name: folder } of folderEntries(dir)) {
    const path = join(dir, folder, ARTICLE_FILE);
    if (existsSync(path)) articles.set(folder, articleSchema.parse(parse(readFileSync(path, 'utf8'))));
  }
  return articles;
}

/** The MDX section files of every article, as paths, in a stable order. */
export function sectionFiles(contentDir: string): string[] {
  const dir = join(contentDir, ARTICLES_DIR);
  // Only real folders and regular files are content (the check refuses the rest).
  return folderEntries(dir)
    .filter((folder) => folder.isDirectory())
    .flatMap((folder) =>
      folderEntries(join(dir, folder.name))
        .filter((file) => file.isFile() && file.name.endsWith('.mdx'))
        .map((file) => join(dir, folder.name, file.name)),
    );
}

export type SectionData = z.infer<typeof plainSectionSchema> & { id: string };

/** A section's id, `<article>/<section>`, from its file's path. */
export const sectionIdOf = (path: string) => `${basename(dirname(path))}/${basename(path, '.mdx')}`;

/** Every section's frontmatter, with its id (`<article>/<section>`); taken from `parsed` where an earlier check kept it. */
export function readSections(contentDir: string, parsed?: ParsedYamlCache): SectionData[] {
  return sectionFiles(contentDir).map((path) => {
    const yaml = FRONTMATTER.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
    return { ...plainSectionSchema.parse(parsed ? parsed.value(yaml) : parse(yaml)), id: sectionIdOf(path) };
  });
}
