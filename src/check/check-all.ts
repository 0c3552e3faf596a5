import { checkContent, type Problem } from './content-check.ts';
import { checkText } from './text-check.ts';

/** Every check of the content: the schemas and references first, then (when those pass) the text itself. */
export async function checkAll(contentDir: string): Promise<Problem[]> {
  const problems = checkContent(contentDir);
  if (problems.some((p) => p.severity === 'error')) return problems;
  return [...problems, ...(await checkText(contentDir))];
}

/** Set by `npm run build` once it has run the checks itself, so the build does not run them twice. */
export const CHECKED_ENV = 'VERBATIM_CONTENT_CHECKED';
