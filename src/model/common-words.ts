/**
 * Common English words that can never stand for a speaker: an alias such as "the" or "A" would match
 * everywhere in the text and silently re-attribute quotations. Function words, pronouns, and verbs of saying.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet for of in on at to by from with without into onto over under about above below
  after before between among through during since until upon within across against along around as than then
  that this these those there here where when while who whom whose which what why how if whether not no yes
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ones
  is are was were be been being am do does did done have has had having will would shall should can could may
  might must also just only even still very more most much many some any all each every both either neither
  other another such own same few less least said says say told tells added asked noted stated
  mr mrs ms dr sir official officials source sources spokesman spokeswoman spokesperson people government`
    .split(/\s+/)
    .filter(Boolean),
);

/** Why a name cannot be an alias, or undefined when it can. */
export function aliasProblem(alias: string): string | undefined {
  const trimmed = alias.trim();
  if ([...trimmed].length < 2) return 'must be at least 2 characters: a single letter would match everywhere';
  if (COMMON_WORDS.has(trimmed.toLowerCase())) return `"${trimmed}" is a common word, which would match everywhere in the text and re-attribute quotations: use a name or a fuller description`;
  return undefined;
}
