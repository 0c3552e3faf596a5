/**
 * npm run extract -- <file…> [--content DIR] [--published DATE] [--compact]
 * Runs the site's quotation extraction on Markdown, MDX or plain-text files and prints, per file,
 * {"file": "…", "quotations": […]} in the shape of /quotes.json. Speaker ids come from the registry in DIR
 * (default content/); speakers it does not know are given as written. Warnings go to stderr as file:line:col.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractQuotations } from '../src/lib/extract.ts';
import { quotationOptions } from '../src/lib/quotation-options.ts';
import { problemOf } from '../src/lib/text-check.ts';
import { formatProblems } from '../src/lib/content-check.ts';
import { toPublic } from '../src/lib/quote-export.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string', default: 'content' },
    published: { type: 'string' },
    compact: { type: 'boolean', default: false },
  },
});
if (!positionals.length) {
  console.error('usage: npm run extract -- <file…> [--content DIR] [--published YYYY-MM-DD] [--compact]');
  process.exit(1);
}
const options = quotationOptions(values.content, '/');
const published = options.published;
// A file outside the content folder has no article entry: --published resolves its dates written without a year.
options.published = (article) => published?.(article) ?? values.published;

let failed = false;
for (const file of positionals) {
  if (!existsSync(file)) {
    console.error(`${file}: no such file`);
    failed = true;
    continue;
  }
  const { quotations, messages } = await extractQuotations(file, readFileSync(file, 'utf8'), options);
  if (messages.length) console.error(formatProblems(messages.map((message) => problemOf(file, message))));
  const output = { file, quotations: quotations.map(toPublic) };
  console.log(values.compact ? JSON.stringify(output) : JSON.stringify(output, null, 2));
}
process.exitCode = failed ? 1 : 0;
