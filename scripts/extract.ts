/**
 * npm run extract -- <file…> [--registry FILE] [--content DIR] [--published DATE] [--compact] [--explain]
 * Runs the site's quotation extraction on Markdown, MDX or plain-text files and prints, per file,
 * {"file": "…", "quotations": […]} in the shape of /quotes.json. A file inside the content folder (default
 * content/) is read with that folder's speaker registry; any other file with none, unless --registry names a
 * speakers file, so that one project's speakers never leak into another text. --explain prints instead, per
 * quotation, the cue, the speaker phrase as written and how it was resolved, flagging weak rules. Warnings go
 * to stderr as file:line:col.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { extractQuotations } from '../src/analysis/analyse-text.ts';
import { quotationOptions } from '../src/analysis/quotation-options.ts';
import { problemOf } from '../src/check/text-check.ts';
import { formatProblems } from '../src/check/content-check.ts';
import { toPublic } from '../src/outputs/quote-export.ts';
import { speakerList } from '../src/model/registry.ts';
import type { Speaker } from '../src/model/schema.ts';
import type { Options, QuotationRecord } from '../src/remark/remark-quotations.ts';
import { truncate } from '../src/model/strings.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string', default: 'content' },
    registry: { type: 'string' },
    published: { type: 'string' },
    compact: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
  },
});
if (!positionals.length) {
  console.error('usage: npm run extract -- <file…> [--registry speakers.yaml] [--content DIR] [--published YYYY-MM-DD] [--compact] [--explain]');
  process.exit(1);
}

/** A speakers file given with --registry, checked against the registry's schema. */
function readRegistryFile(path: string): Speaker[] {
  if (!existsSync(path)) {
    console.error(`${path}: no such file (--registry takes a speakers file such as content/speakers.yaml)`);
    process.exit(1);
  }
  const parsed = speakerList.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    console.error(`${path}: not a speakers file: ${issue.path.join('.') || 'the file'} ${issue.message}`);
    process.exit(1);
  }
  return parsed.data;
}

const contentOptions = quotationOptions(values.content, '/');
const given = values.registry === undefined ? undefined : readRegistryFile(values.registry);
function insideContent(file: string): boolean {
  const path = relative(resolve(values.content), resolve(file));
  return path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

function optionsFor(file: string): Options {
  const speakers = given ? () => given : insideContent(file) ? contentOptions.speakers : () => [];
  // A file outside the content folder has no article entry: --published resolves its dates written without a year.
  return { ...contentOptions, speakers, published: (article) => contentOptions.published?.(article) ?? values.published };
}

function explain(file: string, quotation: QuotationRecord): string {
  const { attribution } = quotation;
  const speaker = quotation.speaker.id ? `${quotation.speaker.name} (${quotation.speaker.id})` : quotation.speaker.name;
  return [
    `${file}:${quotation.line}:${quotation.column}  ${quotation.kind} “${truncate(quotation.text, 70)}”`,
    `  speaker  ${speaker}${attribution.weak ? '  [weak: review]' : ''}`,
    `  cue      ${attribution.cue ?? '—'}`,
    `  phrase   ${attribution.phrase ?? '—'}`,
    `  how      ${attribution.rule}: ${attribution.resolution}`,
  ].join('\n');
}

let failed = false;
for (const file of positionals) {
  if (!existsSync(file)) {
    console.error(`${file}: no such file`);
    failed = true;
    continue;
  }
  const { quotations, messages } = await extractQuotations(file, readFileSync(file, 'utf8'), optionsFor(file));
  if (messages.length) console.error(formatProblems(messages.map((message) => problemOf(file, message))));
  if (values.explain) {
    console.log(quotations.length ? quotations.map((q) => explain(file, q)).join('\n\n') : `${file}: no quotations`);
    continue;
  }
  const output = { file, quotations: quotations.map(toPublic) };
  console.log(values.compact ? JSON.stringify(output) : JSON.stringify(output, null, 2));
}
process.exitCode = failed ? 1 : 0;
