import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check.ts';

/** Runs the content check before Astro loads any collection, so bad input fails with file, line and fix. */
export default function contentCheck(contentDir = 'content'): AstroIntegration {
  return {
    name: 'verbatim:content-check',
    hooks: {
      'astro:config:done': ({ logger }) => {
        const problems = checkContent(contentDir);
        const errors = problems.filter((p) => p.severity === 'error');
        const warnings = problems.filter((p) => p.severity === 'warning');
        if (warnings.length) logger.warn(`\n${formatProblems(warnings)}`);
        if (errors.length) {
          throw new Error(`the content has ${errors.length} error${errors.length > 1 ? 's' : ''}:\n${formatProblems(errors)}`);
        }
      },
    },
  };
}
