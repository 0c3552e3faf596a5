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

/** A vfile message as a content problem: an error when fatal (the text cannot be published so), else a warning, since the text stands as its source wrote it. */
export function problemOf(file: string, message: Omit<AnalysisMessage, 'fatal'> & Partial<Pick<VFileMessage, 'place' | 'fatal'>>): Problem {
  // Some parsers give a range as the place without setting line and column: take where it starts.
  const start = message.place && 'start' in message.place ? message.place.start : message.place;
  return {
    file,
    line: message.line ?? start?.line ?? undefined,
    column: message.column ?? start?.column ?? undefined,
    message: message.reason,
    rule: message.ruleId ?? 'quotation',
    severity: message.fatal === true ? 'error' : 'warning',
  };
}

/** An MDX parse error as a content problem: an error where the parser stopped, saying how to fix the text. */
export function mdxSyntaxProblem(file: string, error: VFileMessage): Problem {
  const problem = problemOf(file, error);
  // An unclosed tag is reported without a place, but its reason names where the tag opens: "(123:1-123:45)".
  const opened = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason);
  return {
    ...problem,
    line: problem.line ?? (opened ? Number(opened[1]) : undefined),
    column: problem.column ?? (opened ? Number(opened[2]) : undefined),
    message: `MDX syntax error: ${error.reason}. In the text, write { and < as \\{ and \\<; check that every <Tag> is closed`,
    rule: 'mdx-syntax',
    severity: 'error',
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
  const paths = sectionFiles(contentDir);
  await cache.analyseInParallel(paths);
  for (const path of paths) {
    const file = displayPath(path);
    try {
      const { messages, quotations } = await cache.section(path);
      problems.push(...messages.map((message) => problemOf(file, message)));
      problems.push(...quotations.filter((q) => q.attribution.weak).map((q) => weakAttribution(file, q)));
    } catch (error) {
      // The MDX parser throws a message with the place it stopped; anything else is not ours to hide.
      if (!(error instanceof VFileMessage)) throw error;
      problems.push(mdxSyntaxProblem(file, error));
    }
  }
  return problems;
}
