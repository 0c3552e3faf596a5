/**
 * npm run check [-- --strict] [--content DIR]
 * Validates all content without building and prints each problem as `file:line:col  severity  message  rule`.
 * Exits 1 on errors; with --strict, on warnings too.
 */
import { parseArgs } from 'node:util';
import { checkAll } from '../src/check/check-all.ts';
import { formatProblems } from '../src/check/content-check.ts';

const { values } = parseArgs({
  options: { strict: { type: 'boolean', default: false }, content: { type: 'string', default: 'content' } },
});
const problems = await checkAll(values.content);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (problems.length) console.log(formatProblems(problems));
console.log(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
process.exitCode = errors || (values.strict && warnings) ? 1 : 0;
