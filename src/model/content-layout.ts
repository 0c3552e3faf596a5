/** Where content lives in the content folder: the registry, one folder per article, and each file's frontmatter. */

export const SPEAKERS_FILE = 'speakers.yaml';
/** Optional: quotations that once had a page of their own at /quotes/<id>/, each of which still answers with a redirect. */
export const FORMER_QUOTATION_PAGES_FILE = 'former-quotation-pages.yaml';
export const ARTICLES_DIR = 'articles';
export const ARTICLE_FILE = 'article.yaml';

/** An MDX file's YAML frontmatter, between its opening and closing `---` lines (the YAML is group 1). */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;
