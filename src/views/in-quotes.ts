/** Puts a title in curly quotation marks, unless it already stands in quotation marks of its own. */
export function inQuotes(title: string): string {
  return /^["“].*["”]$/.test(title.trim()) ? title : `“${title}”`;
}
