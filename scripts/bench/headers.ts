/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published folder: blocks of a path
 * pattern on its own line followed by indented `Name: value` lines, `#` comments, blank lines between blocks.
 */

/** One block of a `_headers` file: the path pattern and the headers it sets, names as written. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*)$/;

/** Adds a header to a set, joining a repeated name (in any case) to the earlier value with ", " as both hosts do. */
function addHeader(headers: Record<string, string>, name: string, value: string): void {
  const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
  if (existing === undefined) headers[name] = value;
  else headers[existing] = `${headers[existing]}, ${value}`;
}

/**
 * Parses a `_headers` file into its rules, in file order. A line starting with `/` begins a rule; the indented
 * lines after it (Cloudflare requires the indent) are its headers; a header named twice in a rule gets both
 * values joined with ", " (the format's only way to continue a long value). Throws on a line it cannot read.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `_headers line ${index + 1}`;
    if (line.startsWith('/')) {
      rules.push({ path: line, headers: {} });
      return;
    }
    const header = HEADER_LINE.exec(line);
    if (!header || raw === line) throw new Error(`${where}: expected an indented "Name: value" or a path starting with "/": "${line}"`);
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: header "${header[1]}" comes before any path`);
    if (header[2] === '') throw new Error(`${where}: header "${header[1]}" has no value`);
    addHeader(rule.headers, header[1]!, header[2]!);
  });
  return rules;
}

/**
 * Whether a URL path matches a rule's path pattern: `*` (a splat) matches any run of characters, `/` included,
 * and `:name` (a placeholder) one path segment; everything else matches itself.
 */
export function matchesPath(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a URL path gets: those of every rule whose pattern matches it, a name set twice joined with ", ". */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => matchesPath(r.path, path))) {
    for (const [name, value] of Object.entries(rule.headers)) addHeader(headers, name, value);
  }
  return headers;
}

/** A Content-Security-Policy value as its directives: name (lower case) → source list, in order. */
export function parseCsp(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name && !(name.toLowerCase() in directives)) directives[name.toLowerCase()] = sources;
  }
  return directives;
}
