import { join } from 'node:path';
import { AnalysisCache } from '../analysis/section-cache.ts';
import { checkContent, checkFormerQuotationPages, type Problem } from './content-check.ts';
import { checkText } from './text-check.ts';
import { ParsedYamlCache, YAML_CACHE_FILE } from '../model/parsed-yaml.ts';

/**
 * Every check of the content: the schemas and references first, then (when those pass) the text itself, whose
 * analyses `cache` keeps for the build, and last the former quotation pages against the quotations found.
 */
export async function checkAll(contentDir: string, cache = new AnalysisCache(contentDir)): Promise<Problem[]> {
  const parsed = new ParsedYamlCache(join(cache.projectRoot, YAML_CACHE_FILE));
  const problems = checkContent(contentDir, parsed);
  parsed.save();
  if (problems.some((p) => p.severity === 'error')) return problems;
  const text = [...problems, ...(await checkText(contentDir, cache))];
  if (text.some((p) => p.severity === 'error')) return text;
  const quotationIds = new Set((await cache.sections()).flatMap(({ analysis }) => analysis.quotations.map((q) => q.id)));
  return [...text, ...checkFormerQuotationPages(contentDir, quotationIds)];
}

/** Set by `npm run build` once it has run the checks itself, so the build does not run them twice. */
export const CHECKED_ENV = 'VERBATIM_CONTENT_CHECKED';
