/** Where content lives in the content folder: the registry, one folder per article, and each file's frontmatter. */

export const SPEAKERS_FILE = 'speakers.yaml';
export const ARTICLES_DIR = 'articles';
export const ARTICLE_FILE = 'article.yaml';

/** An MDX file's YAML frontmatter, between its opening and closing `---` lines (the YAML is group 1). */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;
