/**
 * Checks the whole content folder against the content model before anything is built: schemas, references
 * between collections, unique ids and dates. Each problem names the file, line, field, bad value and fix.
 */
import { lstatSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ARTICLE_FILE, ARTICLES_DIR, FORMER_QUOTATION_PAGES_FILE, FRONTMATTER, SPEAKERS_FILE } from '../model/content-layout.ts';
import { folderEntries, readContentText, stringProblem } from '../model/content-files.ts';
import { articleSchema, formerQuotationPageSchema, isId, MAX_ID_LENGTH, plainSectionSchema, speakerSchema } from '../model/schema.ts';
import { truncate } from '../model/strings.ts';
import { formatIsoDate } from '../model/iso-date.ts';
import { restatesDate, sameEventPairs } from './timeline-event-check.ts';
import type { ParsedYamlCache } from '../model/parsed-yaml.ts';

export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** The field at fault, as a dotted path (`claims.2.claimant`). */
  field?: string;
  message: string;
  rule: string;
  severity: 'error' | 'warning';
}

/** A parsed YAML document and a way to locate any of its fields in the file it came from. */
interface Located {
  file: string;
  data: unknown;
  /** Where a field stands; `key` asks for the field's name rather than its value. */
  position(path: readonly PropertyKey[], key?: boolean): { line?: number; column?: number };
}

type SectionData = z.infer<typeof plainSectionSchema>;


/** A path as a maintainer would type it: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(path);
}

/** A YAML document with its line counter, for the positions of its fields. */
function parsedDocument(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/**
 * Parses YAML that starts at `lineOffset` lines into `file`; syntax errors become problems. A text an earlier
 * check parsed without errors is taken from `parsed`, and parsed again only if a problem needs a field's position.
 */
function parseYaml(file: string, text: string, lineOffset: number, problems: Problem[], parsed?: ParsedYamlCache): Located | undefined {
  const known = parsed?.get(text);
  let parse = known ? undefined : parsedDocument(text);
  let data: unknown = known?.value;
  if (parse) {
    const { doc, lineCounter } = parse;
    for (const error of doc.errors) {
      const at = lineCounter.linePos(error.pos[0]);
      problems.push({
        file,
        line: at.line + lineOffset,
        column: at.col,
        message: `invalid YAML: ${error.message.split('\n')[0]}. Fix the syntax at this line`,
        rule: 'yaml-syntax',
        severity: 'error',
      });
    }
    if (doc.errors.length) return undefined;
    try {
      data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      // The yaml package refuses an alias bomb with a ReferenceError once the count is passed.
      if (!(error instanceof ReferenceError)) throw error;
      problems.push({ file, line: lineOffset + 1, column: 1, message: `uses YAML aliases (*name) more than ${MAX_YAML_ALIASES} times: write the values out instead`, rule: 'yaml-aliases', severity: 'error' });
      return undefined;
    }
    parsed?.set(text, data);
  }
  const located: Located = {
    file,
    data,
    position(path, key = false) {
      const { doc, lineCounter } = (parse ??= parsedDocument(text));
      const at = (offset: number) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line: line + lineOffset, column: col };
      };
      if (key && path.length) {
        const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
        const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1)) : undefined;
        const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
        if (keyRange) return at(keyRange[0]);
      }
      // Walk up to the nearest node that exists: a missing field is reported at its parent.
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
        const offset = node?.range?.[0] ?? (depth === 0 ? doc.contents?.range?.[0] : undefined);
        if (offset !== undefined) return at(offset);
      }
      return {};
    },
  };
  for (const [path, value] of strings(data)) {
    const problem = stringProblem(value);
    if (problem) problems.push({ file, ...located.position(path), field: path.join('.') || undefined, message: `${path.join('.') || 'value'}: ${problem}`, rule: 'control-character', severity: 'error' });
  }
  return located;
}

/** A YAML file may repeat a value with an alias; beyond this many, it is an alias bomb, not a content file. */
const MAX_YAML_ALIASES = 100;

/** Every string in parsed YAML, keys included, with its path. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield [[...path, key], key];
      yield* strings(item, [...path, key]);
    }
  }
}

/** Reads a content file by the model's rules (regular, within the size limit, UTF-8, no control characters), reporting what breaks them. */
function readText(root: string, path: string, problems: Problem[]): { file: string; text: string } | undefined {
  const file = displayPath(join(root, path));
  const read = readContentText(join(root, path));
  if (read.problem) problems.push({ file, ...read.problem, severity: 'error' });
  return read.text === undefined ? undefined : { file, text: read.text };
}


/** Splits an MDX file's YAML frontmatter from its body. */
function frontmatterOf(file: string, text: string, problems: Problem[], parsed?: ParsedYamlCache): Located | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'has no frontmatter: start the file with a "---" line, the YAML fields (title, order, article, …), and another "---" line',
      rule: 'frontmatter-missing',
      severity: 'error',
    });
    return undefined;
  }
  return parseYaml(file, match[1]!, 1, problems, parsed);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return truncate(json, 80);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/** Validates data against a schema, turning each zod issue into a located problem. */
function validate<S extends z.ZodType>(schema: S, located: Located, basePath: PropertyKey[], problems: Problem[]) {
  const data = valueAt(located.data, basePath);
  const result = schema.safeParse(data);
  if (result.success) return result.data as z.infer<S>;
  for (const issue of result.error.issues) {
    const path = [...basePath, ...issue.path];
    const field = path.map(String).join('.');
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const value = valueAt(located.data, path);
    const message = unknownKeys.length
      ? `${field || 'entry'}: unknown field${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((k) => `"${k}"`).join(', ')}: remove or rename ${unknownKeys.length > 1 ? 'them' : 'it'} (a typo?)`
      : value === undefined
        ? `${field}: is missing: add "${String(path.at(-1))}: …" here`
        : `${field}: ${issue.message}; got ${describe(value)}`;
    problems.push({
      file: located.file,
      ...(unknownKeys.length ? located.position([...path, unknownKeys[0]!], true) : located.position(path)),
      field: field || undefined,
      message,
      rule: 'schema',
      severity: 'error',
    });
  }
  return undefined;
}

/** Levenshtein distance, to suggest the id that was probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, id.length / 3) ? best : undefined;
}


interface LoadedSection {
  located: Located;
  folder: string;
  data: SectionData;
}

/**
 * Checks every file under the content folder; returns the problems found, errors and warnings. `parsed` holds
 * the YAML an earlier check parsed, which is taken from it rather than parsed again.
 */
export function checkContent(contentDir: string, parsed?: ParsedYamlCache): Problem[] {
  const problems: Problem[] = [];
  const speakerIds = new Set<string>();
  // While the registry itself is broken, references to it are not checked: fix one file at a time.
  let registryReadable = false;
  const error = (located: Located, path: PropertyKey[], message: string, rule: string) =>
    problems.push({ file: located.file, ...located.position(path), field: path.map(String).join('.'), message, rule, severity: 'error' });

  // Speakers: one registry for all articles.
  const speakersPath = join(contentDir, SPEAKERS_FILE);
  if (!lstatSync(speakersPath, { throwIfNoEntry: false })) {
    problems.push({ file: displayPath(speakersPath), message: `is missing: create it with a YAML list of speakers (id, name, aliases, role, affiliation, kind, description)`, rule: 'file-missing', severity: 'error' });
  } else {
    const text = readText(contentDir, SPEAKERS_FILE, problems);
    const located = text && parseYaml(text.file, text.text, 0, problems, parsed);
    if (located && !Array.isArray(located.data)) {
      error(located, [], 'must be a YAML list of speakers, each starting with "- id: …"', 'schema');
    } else if (located) {
      registryReadable = true;
      const aliasOwner = new Map<string, string>();
      (located.data as unknown[]).forEach((_, index) => {
        const speaker = validate(speakerSchema, located, [index], problems);
        if (!speaker) return;
        if (speakerIds.has(speaker.id)) {
          error(located, [index, 'id'], `id: "${speaker.id}" is already used by an earlier speaker: give each speaker its own id, or merge the two`, 'duplicate-id');
        }
        speakerIds.add(speaker.id);
        for (const alias of new Set([speaker.name, ...speaker.aliases])) {
          const key = alias.toLowerCase();
          const owner = aliasOwner.get(key);
          if (owner && owner !== speaker.id) {
            problems.push({ file: located.file, ...located.position([index]), field: `${index}.aliases`, message: `"${alias}" names both "${owner}" and "${speaker.id}": quotations using it cannot be attributed; keep it on one speaker`, rule: 'ambiguous-alias', severity: 'warning' });
          }
          aliasOwner.set(key, speaker.id);
        }
      });
    }
  }

  // Articles and their sections.
  const articlesDir = join(contentDir, ARTICLES_DIR);
  const sections: LoadedSection[] = [];
  for (const entry of folderEntries(articlesDir)) {
    const folder = entry.name;
    const folderFile = displayPath(join(articlesDir, folder));
    // A file beside the article folders is not content; a link to a folder elsewhere would publish what it holds.
    if (entry.isFile()) continue;
    if (!entry.isDirectory()) {
      problems.push({ file: folderFile, message: `is ${entry.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}: an article must be a folder inside ${ARTICLES_DIR}/; copy it here instead`, rule: 'file-type', severity: 'error' });
      continue;
    }
    if (!isId(folder)) {
      problems.push({ file: folderFile, message: `folder name "${folder}" is not a slug of at most ${MAX_ID_LENGTH} characters: rename it with lowercase letters, digits and single hyphens`, rule: 'slug', severity: 'error' });
      continue;
    }
    if (!lstatSync(join(articlesDir, folder, ARTICLE_FILE), { throwIfNoEntry: false })) {
      problems.push({ file: folderFile, message: `has no ${ARTICLE_FILE}: add one with title, publisher, source, language, summary and attribution`, rule: 'file-missing', severity: 'error' });
    } else {
      const text = readText(articlesDir, join(folder, ARTICLE_FILE), problems);
      const located = text && parseYaml(text.file, text.text, 0, problems, parsed);
      if (located) validate(articleSchema, located, [], problems);
    }
    for (const { name } of folderEntries(join(articlesDir, folder)).filter((e) => e.name.endsWith('.mdx'))) {
      const file = join(folder, name);
      const slug = name.slice(0, -'.mdx'.length);
      if (!isId(slug)) {
        problems.push({ file: displayPath(join(articlesDir, file)), message: `file name "${name}" is not a slug of at most ${MAX_ID_LENGTH} characters: rename it with lowercase letters, digits and single hyphens, such as "${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.mdx"`, rule: 'slug', severity: 'error' });
        continue;
      }
      const text = readText(articlesDir, file, problems);
      const located = text && frontmatterOf(text.file, text.text, problems, parsed);
      const data = located && validate(plainSectionSchema, located, [], problems);
      if (located && data) sections.push({ located, folder, data });
    }
  }

  // References and ids across files.
  const claimIds = new Map<string, string>();
  const orders = new Map<string, string>();
  const unknownSpeaker = (located: Located, path: PropertyKey[], id: string) => {
    if (!registryReadable) return;
    const suggestion = closest(id, speakerIds);
    error(
      located,
      path,
      `${path.join('.')}: no speaker "${id}" in ${SPEAKERS_FILE}: ${suggestion ? `did you mean "${suggestion}"? Or ` : ''}add a speaker with id "${id}" to ${SPEAKERS_FILE}`,
      'unknown-reference',
    );
  };
  for (const { located, folder, data } of sections) {
    if (data.article !== folder) {
      error(located, ['article'], `article: "${data.article}" but the file is in ${ARTICLES_DIR}/${folder}/: set article: ${folder}`, 'unknown-reference');
    }
    const orderKey = `${folder}#${data.order}`;
    const sameOrder = orders.get(orderKey);
    if (sameOrder) error(located, ['order'], `order: ${data.order} is already used by ${sameOrder}: give each section of an article its own order`, 'duplicate-id');
    orders.set(orderKey, located.file);
    data.speakers.forEach((id, index) => {
      if (!speakerIds.has(id)) unknownSpeaker(located, ['speakers', index], id);
    });
    data.claims.forEach((claim, index) => {
      if (!speakerIds.has(claim.claimant)) unknownSpeaker(located, ['claims', index, 'claimant'], claim.claimant);
      const earlier = claimIds.get(claim.id);
      if (earlier) error(located, ['claims', index, 'id'], `claims.${index}.id: "${claim.id}" is already a claim in ${earlier}: claim ids are shared by all articles, choose another`, 'duplicate-id');
      claimIds.set(claim.id, located.file);
    });
  }
  problems.push(...timelineWarnings(sections));
  return problems;
}

/**
 * Warnings about the events the timeline shows (timeline-event-check.ts), each at its `event` field, in the order the
 * events are listed: an event that only names a date, and the second of two that probably tell one event.
 */
function timelineWarnings(sections: readonly LoadedSection[]): Problem[] {
  const events = sections.flatMap(({ located, folder, data }) => data.dates.map((date, index) => ({ ...date, article: folder, located, index })));
  const order = new Map(events.map((event, i) => [event, i]));
  const at = (event: (typeof events)[number]) => ({
    file: event.located.file,
    ...event.located.position(['dates', event.index, 'event']),
    field: `dates.${event.index}.event`,
    severity: 'warning' as const,
  });
  const quoted = (event: (typeof events)[number]) => `"${truncate(event.event, 70)}" (${formatIsoDate(event.date)})`;
  const warnings: [number, Problem][] = [];
  for (const event of events.filter((e) => restatesDate(e.event))) {
    warnings.push([order.get(event)!, {
      ...at(event),
      message: `dates.${event.index}.event: ${quoted(event)} names a date, not something that happened on it: say what happened then (who did what), or remove the entry if the text only refers back to the date`,
      rule: 'date-not-event',
    }]);
  }
  for (const [first, second, shared] of sameEventPairs(events)) {
    warnings.push([order.get(second)!, {
      ...at(second),
      message: `dates.${second.index}.event: ${quoted(second)} and ${quoted(first)} at ${problemPlace(at(first))} share the words ${shared.map((word) => `"${word}"`).join(', ')}: probably one event, which the timeline would show twice. If it is one, write both entries alike (the same date and words) and the timeline shows it once, linking both; if not, say what sets them apart`,
      rule: 'duplicate-event',
    }]);
  }
  return warnings.sort((a, b) => a[0] - b[0]).map(([, problem]) => problem);
}

/** Where a problem is: `file:line:col`, or as much of it as is known. */
export function problemPlace(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  return [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
}

/** Formats problems as a linter does: `file:line:col  message  rule`, errors and warnings labelled. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${problemPlace(p)}  ${p.severity}  ${p.message}  ${p.rule}`).join('\n');
}

/**
 * Checks the former quotation pages (when the file exists) against the quotations the text gives: each listed
 * id must still be a quotation, or its old address would redirect nowhere.
 */
export function checkFormerQuotationPages(contentDir: string, quotationIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  if (!lstatSync(join(contentDir, FORMER_QUOTATION_PAGES_FILE), { throwIfNoEntry: false })) return problems;
  const text = readText(contentDir, FORMER_QUOTATION_PAGES_FILE, problems);
  const located = text && parseYaml(text.file, text.text, 0, problems);
  if (!located) return problems;
  if (located.data !== null && !Array.isArray(located.data)) {
    problems.push({ file: located.file, ...located.position([]), message: 'must be a YAML list of quotations, each written "- id: q-…"', rule: 'schema', severity: 'error' });
    return problems;
  }
  const seen = new Set<string>();
  ((located.data ?? []) as unknown[]).forEach((_, index) => {
    const entry = validate(formerQuotationPageSchema, located, [index], problems);
    if (!entry) return;
    const at = { file: located.file, ...located.position([index, 'id']), field: `${index}.id`, severity: 'error' as const };
    if (seen.has(entry.id)) problems.push({ ...at, message: `id: "${entry.id}" is listed twice: remove one`, rule: 'duplicate-id' });
    else if (!quotationIds.has(entry.id)) {
      const suggestion = closest(entry.id, quotationIds);
      problems.push({
        ...at,
        message: `id: "${entry.id}" is not a quotation of the text any more, so its former page would redirect nowhere: ${suggestion ? `did you mean "${suggestion}"? Or ` : ''}remove the line`,
        rule: 'unknown-reference',
      });
    }
    seen.add(entry.id);
  });
  return problems;
}
