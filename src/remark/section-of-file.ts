/** Which section a file holds, for the text plugins: its frontmatter, its article and its section id. */
import { basename, dirname } from 'node:path';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** Frontmatter, when the file was not read by Astro (which keeps it in `data.astro.frontmatter`). */
    frontmatter: Record<string, unknown>;
  }
}

export interface FileSection {
  frontmatter: Record<string, unknown>;
  article: string;
  /** `<article>/<file name without extension>`. */
  section: string;
  /** The section's speakers, as the frontmatter lists them. */
  speakers: string[];
}

export function sectionOfFile(file: VFile): FileSection {
  const frontmatter = (file.data.astro?.frontmatter ?? file.data.frontmatter ?? {}) as Record<string, unknown>;
  const path = file.path || 'untitled.md';
  const article = typeof frontmatter.article === 'string' ? frontmatter.article : basename(dirname(path));
  return {
    frontmatter,
    article,
    section: `${article}/${basename(path).replace(/\.[^.]+$/, '')}`,
    speakers: Array.isArray(frontmatter.speakers) ? frontmatter.speakers.map(String) : [],
  };
}
