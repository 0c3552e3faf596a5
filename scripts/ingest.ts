/**
 * npm run ingest -- <text file> --article <slug> [--publisher NAME] [--published YYYY-MM-DD] [--language en]
 *                   [--source URL] [--content DIR] [--force]
 * Writes an article entry and one MDX draft per section under DIR/articles/<slug>/ (DIR defaults to content/).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { planIngest } from '../src/lib/ingest.ts';
import { SLUG } from '../src/lib/schema.ts';

const usage =
  'usage: npm run ingest -- <text file> --article <slug> [--publisher NAME] [--published DATE] [--language TAG] [--source URL] [--content DIR] [--force]';

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        article: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        language: { type: 'string' },
        source: { type: 'string' },
        content: { type: 'string', default: 'content' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
}

const { values, positionals } = parse();
const [input] = positionals;
if (!input || positionals.length > 1) fail(`give exactly one text file\n${usage}`);
if (!values.article) fail(`--article <slug> is required\n${usage}`);
if (!SLUG.test(values.article)) {
  fail(`--article "${values.article}" is not a slug: use lowercase letters, digits and single hyphens`);
}
if (!existsSync(input)) fail(`${input}: no such file`);

let files;
try {
  files = planIngest(readFileSync(input, 'utf8'), values.article, values);
} catch (error) {
  fail(`${input}: ${(error as Error).message}`);
}

const existing = files.filter((file) => existsSync(join(values.content, file.path)));
if (existing.length && !values.force) {
  fail(
    `not overwriting ${existing.map((file) => join(values.content, file.path)).join(', ')}: ` +
      'they may hold annotations. Pass --force to replace them.',
  );
}
for (const file of files) {
  const path = join(values.content, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.contents);
  console.log(`wrote ${path}`);
}
