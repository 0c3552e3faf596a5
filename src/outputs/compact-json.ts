/**
 * A published list as JSON with one item per line: far smaller than indented JSON at a thousand articles, and
 * still readable, greppable and diffable line by line. `key` wraps the list in an object (`{"quotations": […]}`).
 */
export function jsonLines(items: readonly unknown[], key?: string): string {
  const list = items.length ? `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]` : '[]';
  return `${key === undefined ? list : `{${JSON.stringify(key)}:${list}}`}\n`;
}
