/**
 * A published list as JSON with one item per line: far smaller than indented JSON at a thousand articles, and
 * still readable, greppable and diffable line by line. `key` wraps the list in an object (`{"quotations": […]}`),
 * after the fields of `head` when there are any.
 */
export function jsonLines(items: readonly unknown[], key?: string, head: object = {}): string {
  const list = items.length ? `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]` : '[]';
  const fields = JSON.stringify(head).slice(1, -1);
  return `${key === undefined ? list : `{${fields ? `${fields},` : ''}${JSON.stringify(key)}:${list}}`}\n`;
}
