/**
 * npm run ingest -- <file> --article <slug> [--publisher NAME] [--published DATE] [--language TAG]
 *                   [--source URL] [--accessed YYYY-MM-DD] [--content DIR] [--force]
 * Reads a plain-text or Markdown article and writes a draft under DIR/articles/<slug>/ (DIR defaults to
 * content/): the article entry, one MDX file per section with the speakers and dates it finds, and the raw text;
 * speakers the registry does not know go to DIR/speakers.drafts.yaml for review. Running it again changes
 * nothing: files already as it would write them are left alone, and files changed since (annotated) are kept
 * unless --force. The access date (the day the text was taken from its source, which citations give) is
 * --accessed, else the one the article entry already has, else today.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { planIngest } from '../src/ingest/plan.ts';
import { readSpeakers } from '../src/model/registry.ts';
import { SLUG, type Speaker } from '../src/model/schema.ts';

const usage =
  'usage: npm run ingest -- <text or Markdown file> --article <slug> [--publisher NAME] [--published DATE] [--language TAG] [--source URL] [--accessed YYYY-MM-DD] [--content DIR] [--force]';
const DRAFTS_FILE = 'speakers.drafts.yaml';
const LONG_INPUT = 5;

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(1);
}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        article: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        language: { type: 'string' },
        source: { type: 'string' },
        accessed: { type: 'string' },
        content: { type: 'string', default: 'content' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
}

const { values, positionals } = parseCommandLine();
const [input] = positionals;
if (!input || positionals.length > 1) fail(`give exactly one text or Markdown file\n${usage}`);
if (!values.article) fail(`--article <slug> is required\n${usage}`);
if (!SLUG.test(values.article)) fail(`--article "${values.article}" is not a slug: use lowercase letters, digits and single hyphens`);
if (!existsSync(input)) fail(`${input}: no such file`);
const registryPath = join(values.content, 'speakers.yaml');
const registry = existsSync(registryPath) ? readSpeakers(values.content) : [];

/** The access date: as given, else as the article entry already records it (so a rerun changes nothing), else today. */
function accessedDate(): string {
  const entryPath = join(values.content, 'articles', values.article!, 'article.yaml');
  const recorded: unknown = existsSync(entryPath) ? parse(readFileSync(entryPath, 'utf8'))?.accessed : undefined;
  return values.accessed ?? (typeof recorded === 'string' ? recorded : new Date().toISOString().slice(0, 10));
}

let plan;
try {
  plan = await planIngest(readFileSync(input, 'utf8'), input, values.article, { ...values, accessed: accessedDate() }, registry, (done, total) => {
    if (total > LONG_INPUT) process.stderr.write(`ingest: section ${done} of ${total} read\n`);
  });
} catch (error) {
  fail(`${input}: ${(error as Error).message}`);
}

/** Writes a file unless it is already as planned, or was changed since and --force is not given. */
function put(path: string, contents: string): string {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
    return `wrote ${path}`;
  }
  if (readFileSync(path, 'utf8') === contents) return `unchanged ${path}`;
  if (!values.force) return `kept ${path}: it has changed since it was written (annotated?); pass --force to replace it`;
  writeFileSync(path, contents);
  return `overwrote ${path}`;
}

for (const file of plan.files) console.log(put(join(values.content, file.path), file.contents));

// New speakers are drafts to review, never merged into the registry: they go to their own file, once each.
const draftsPath = join(values.content, DRAFTS_FILE);
const drafts: Speaker[] = existsSync(draftsPath) ? (parse(readFileSync(draftsPath, 'utf8')) ?? []) : [];
const fresh = plan.proposedSpeakers.filter((speaker) => !drafts.some((d) => d.id === speaker.id));
if (fresh.length) {
  const header = '# Speakers proposed by npm run ingest. Review each, complete role, affiliation and kind,\n# and move it into speakers.yaml; this file is not read by the build.\n';
  writeFileSync(draftsPath, header + stringify([...drafts, ...fresh]));
  console.log(`proposed ${fresh.length} new speaker${fresh.length > 1 ? 's' : ''} in ${draftsPath}: ${fresh.map((s) => s.name).join(', ')}`);
}

const { summary } = plan;
console.log(
  `\n${summary.sections} section${summary.sections === 1 ? '' : 's'}, ${summary.paragraphs} paragraphs (${summary.rejoined} rejoined), ` +
    `${summary.captions} captions, ${summary.dates} dates proposed, ${summary.quotations} quotations found, ${summary.unattributed.length} unattributed`,
);
for (const { file, line, text } of summary.unattributed) {
  console.log(`  ${join(values.content, file)}:${line}  “${text.slice(0, 60)}” has no speaker: name it in the text or wrap it in <Quote speaker="id">`);
}
