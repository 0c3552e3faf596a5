import type { AstroIntegration } from 'astro';
import { CHECKED_ENV, checkAll } from '../check/check-all.ts';
import { CHECKS_PENDING } from '../check/checks-pending.ts';
import { formatProblems } from '../check/content-check.ts';

/**
 * Runs the content checks before Astro loads any collection (for `astro dev` and `astro build` run directly;
 * `npm run build` runs them itself, beside Astro, whose loaders wait for them: src/check/checks-pending.ts), so
 * that bad input fails with file, line and fix.
 */
export default function contentCheck(contentDir = 'content'): AstroIntegration {
  return {
    name: 'verbatim:content-check',
    hooks: {
      'astro:config:done': async ({ logger }) => {
        if (process.env[CHECKED_ENV] === '1' || process.env[CHECKED_ENV] === CHECKS_PENDING) return;
        const problems = await checkAll(contentDir);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length) throw new Error(`the content has ${errors.length} error${errors.length > 1 ? 's' : ''}:\n${formatProblems(errors)}`);
        if (problems.length) logger.warn(`\n${formatProblems(problems)}`);
      },
    },
  };
}
