/** Reports what remark-quotations finds wrong in every section: unattributed quotations and unbalanced marks. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Problem } from './content-check.ts';
import { extractQuotations } from './extract.ts';
import { quotationOptions } from './quotation-options.ts';
import { sectionFiles } from './registry.ts';

/** A vfile message as a content problem: always a warning, since the text itself is as its source wrote it. */
export function problemOf(file: string, message: VFileMessage): Problem {
  return {
    file,
    line: message.line ?? undefined,
    column: message.column ?? undefined,
    message: message.reason,
    rule: message.ruleId ?? 'quotation',
    severity: 'warning',
  };
}

/** Runs the quotation extraction on every section and returns its messages as problems. */
export async function checkQuotations(contentDir: string): Promise<Problem[]> {
  const options = quotationOptions(contentDir, '/');
  const problems: Problem[] = [];
  for (const path of sectionFiles(contentDir)) {
    const { messages } = await extractQuotations(path, readFileSync(path, 'utf8'), options);
    problems.push(...messages.map((message) => problemOf(relative(process.cwd(), path), message)));
  }
  return problems;
}
