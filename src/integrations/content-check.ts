import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check.ts';
import { checkQuotations } from '../lib/quotation-check.ts';

/**
 * Runs the content check before Astro loads any collection, so bad input fails with file, line and fix; then
 * warns about quotations it cannot attribute or whose marks do not balance.
 */
export default function contentCheck(contentDir = 'content'): AstroIntegration {
  return {
    name: 'verbatim:content-check',
    hooks: {
      'astro:config:done': async ({ logger }) => {
        const problems = checkContent(contentDir);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length) {
          throw new Error(`the content has ${errors.length} error${errors.length > 1 ? 's' : ''}:\n${formatProblems(errors)}`);
        }
        const warnings = [...problems, ...(await checkQuotations(contentDir))];
        if (warnings.length) logger.warn(`\n${formatProblems(warnings)}`);
      },
    },
  };
}
