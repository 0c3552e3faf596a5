import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems, type Problem } from '../lib/content-check.ts';
import { checkText } from '../lib/text-check.ts';

function fail(errors: readonly Problem[]): never {
  throw new Error(`the content has ${errors.length} error${errors.length > 1 ? 's' : ''}:\n${formatProblems(errors)}`);
}

/**
 * Runs the content check before Astro loads any collection, so that bad input fails with file, line and fix;
 * then the text check, which fails on MDX that does not parse and warns of quotations it cannot attribute.
 */
export default function contentCheck(contentDir = 'content'): AstroIntegration {
  return {
    name: 'verbatim:content-check',
    hooks: {
      'astro:config:done': async ({ logger }) => {
        const problems = checkContent(contentDir);
        if (problems.some((p) => p.severity === 'error')) fail(problems.filter((p) => p.severity === 'error'));
        const textProblems = await checkText(contentDir);
        if (textProblems.some((p) => p.severity === 'error')) fail(textProblems.filter((p) => p.severity === 'error'));
        const warnings = [...problems, ...textProblems];
        if (warnings.length) logger.warn(`\n${formatProblems(warnings)}`);
      },
    },
  };
}
