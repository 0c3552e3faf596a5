/** Small string helpers every layer uses: escaping for regular expressions and HTML, shortening, unique ids. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** The text, or its start and an ellipsis: at most `max` characters either way. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** For each set of ids, the first suffix of each base not yet found taken (1: the base itself). */
const firstUntried = new WeakMap<Set<string>, Map<string, number>>();

/**
 * `base`, or `base-2`, `base-3`, … the first that `used` does not hold yet; it is added to `used`. A set of ids
 * only ever grows, so the search for a base goes on from where the last one stopped, not from the base again.
 */
export function uniqueId(base: string, used: Set<string>): string {
  let untried = firstUntried.get(used);
  if (!untried) firstUntried.set(used, (untried = new Map()));
  let n = untried.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${n}`;
  while (used.has(id)) id = `${base}-${++n}`;
  used.add(id);
  untried.set(base, n + 1);
  return id;
}

/** Words a role may leave out of the name it repeats ("of", "the"). */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'and', 'in', 'on']);

/**
 * A speaker's name with their role, "Thomas Barrack, US Special Envoy to Syria", or the name alone when the role
 * only repeats it ("Unnamed Syrian official", role "Syrian official").
 */
export function nameWithRole(name: string, role: string | undefined): string {
  if (!role) return name;
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const inName = new Set(words(name));
  return words(role).every((word) => inName.has(word) || MINOR_WORDS.has(word)) ? name : `${name}, ${role}`;
}
