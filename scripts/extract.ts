/**
 * npm run extract -- <file…> [--registry FILE] [--content DIR] [--published DATE] [--compact] [--explain]
 * Runs the site's quotation extraction on Markdown, MDX or plain-text files and prints, per file,
 * {"file": "…", "quotations": […]} in the shape of /quotes.json. A file inside the content folder (default
 * content/) is read with that folder's speaker registry; any other file with none, unless --registry names a
 * speakers file, so that one project's speakers never leak into another text. --explain prints instead, per
 * quotation, the cue, the speaker phrase as written and how it was resolved, flagging weak rules. Warnings go
 * to stderr as file:line:col. A file that cannot be read (a folder, an empty, binary or non-UTF-8 file, MDX that does
 * not parse) is reported on stderr with the fix, and the other files still run; the exit status is then 1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { VFileMessage } from 'vfile-message';
import { parse } from 'yaml';
import { extractQuotations, type Extraction } from '../src/analysis/analyse-text.ts';
import { quotationOptions } from '../src/analysis/quotation-options.ts';
import { mdxSyntaxProblem, problemOf } from '../src/check/text-check.ts';
import { formatProblems, type Problem } from '../src/check/content-check.ts';
import { toPublic } from '../src/outputs/quote-export.ts';
import { decodeText } from '../src/model/content-files.ts';
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
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`${path}: not a speakers file: ${firstLine(error)}`);
    process.exit(1);
  }
  const parsed = speakerList.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    console.error(`${path}: not a speakers file: ${issue.path.join('.') || 'the file'} ${issue.message}`);
    process.exit(1);
  }
  return parsed.data;
}

/** The first line of what was thrown, without its stack or code frame, so stderr keeps one line per problem. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/:$/, '');
}

/** The text of one file, or why it has none to extract, as a problem that names the fix. */
function readSource(file: string): string | Problem {
  const problem = (rule: string, message: string, at?: { line?: number; column?: number }): Problem => ({ file, ...at, message, rule, severity: 'error' });
  try {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats) return problem('file-missing', 'no such file');
    if (stats.isDirectory()) return problem('file-folder', `is a folder, not a file: give the files inside it, e.g. ${file.replace(/\/+$/, '')}/*.mdx`);
    // The content's own decoding rules, except that a byte-order mark is only dropped: these files are anyone's.
    const decoded = decodeText(readFileSync(file));
    if (decoded.problem) return problem(decoded.problem.rule, decoded.problem.message, decoded.problem);
    const text = decoded.text.replace(/^\uFEFF/, '');
    if (!text.trim()) return problem('file-empty', 'is empty: give a file with the text to extract from');
    return text;
  } catch (error) {
    return problem('file-unreadable', `could not be read: ${firstLine(error)}`);
  }
}

/** A problem on stderr: `file:line:col  error  message  rule` where its place is known, `file: message` otherwise. */
function report(problem: Problem): void {
  console.error(problem.line === undefined ? `${problem.file}: ${problem.message}` : formatProblems([problem]));
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
  const source = readSource(file);
  if (typeof source !== 'string') {
    report(source);
    failed = true;
    continue;
  }
  let extraction: Extraction;
  try {
    extraction = await extractQuotations(file, source, optionsFor(file));
  } catch (error) {
    // The MDX parser throws a message with the place it stopped; anything else is reported as it reads.
    report(error instanceof VFileMessage ? mdxSyntaxProblem(file, error) : { file, message: `could not be read: ${firstLine(error)}`, rule: 'file-unreadable', severity: 'error' });
    failed = true;
    continue;
  }
  const { quotations, messages } = extraction;
  if (messages.length) console.error(formatProblems(messages.map((message) => problemOf(file, message))));
  // An error (code or unknown markup in MDX) fails the run; the quotations found are still printed.
  if (messages.some((message) => message.fatal === true)) failed = true;
  if (values.explain) {
    console.log(quotations.length ? quotations.map((q) => explain(file, q)).join('\n\n') : `${file}: no quotations`);
    continue;
  }
  const output = { file, quotations: quotations.map(toPublic) };
  console.log(values.compact ? JSON.stringify(output) : JSON.stringify(output, null, 2));
}
process.exitCode = failed ? 1 : 0;
