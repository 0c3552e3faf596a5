/**
 * Checks the text of every section with the plugins that render it: MDX that does not parse is an error;
 * quotations without a speaker or attributed by a weak rule, unbalanced quotation marks and claims no sentence
 * carries are warnings.
 */
import { VFileMessage } from 'vfile-message';
import { displayPath, type Problem } from './content-check.ts';
import { AnalysisCache, type AnalysisMessage } from '../analysis/section-cache.ts';
import { sectionFiles } from '../model/registry.ts';
import type { QuotationRecord } from '../remark/remark-quotations.ts';

/** A vfile message as a content problem: a warning, since the text itself stands as its source wrote it. */
export function problemOf(file: string, message: AnalysisMessage & { place?: VFileMessage['place'] }): Problem {
  // Some parsers give a range as the place without setting line and column: take where it starts.
  const start = message.place && 'start' in message.place ? message.place.start : message.place;
  return {
    file,
    line: message.line ?? start?.line ?? undefined,
    column: message.column ?? start?.column ?? undefined,
    message: message.reason,
    rule: message.ruleId ?? 'quotation',
    severity: 'warning',
  };
}

/** A quotation whose speaker a weak rule chose: a warning that names the rule's reasoning, so a maintainer checks exactly that. */
function weakAttribution(file: string, quotation: QuotationRecord): Problem {
  return {
    file,
    line: quotation.line,
    column: quotation.column,
    message: `Quotation “${quotation.text.slice(0, 60)}” is attributed to ${quotation.speaker.name} by a weak rule (${quotation.attribution.resolution}): check it, and confirm or correct it with <Quote speaker="id">`,
    rule: 'weak-attribution',
    severity: 'warning',
  };
}

/** Analyses every section (or takes its analysis from the cache) and returns what it reports, with MDX syntax errors as errors. */
export async function checkText(contentDir: string, cache = new AnalysisCache(contentDir)): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const path of sectionFiles(contentDir)) {
    const file = displayPath(path);
    try {
      const { messages, quotations } = await cache.section(path);
      problems.push(...messages.map((message) => problemOf(file, message)));
      problems.push(...quotations.filter((q) => q.attribution.weak).map((q) => weakAttribution(file, q)));
    } catch (error) {
      // The MDX parser throws a message with the place it stopped; anything else is not ours to hide.
      if (!(error instanceof VFileMessage)) throw error;
      const problem = problemOf(file, error);
      // An unclosed tag is reported without a place, but its reason names where the tag opens: "(123:1-123:45)".
      const opened = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason);
      problems.push({
        ...problem,
        line: problem.line ?? (opened ? Number(opened[1]) : undefined),
        column: problem.column ?? (opened ? Number(opened[2]) : undefined),
        message: `MDX syntax error: ${error.reason}. In the text, write { and < as \\{ and \\<; check that every <Tag> is closed`,
        rule: 'mdx-syntax',
        severity: 'error',
      });
    }
  }
  return problems;
}
