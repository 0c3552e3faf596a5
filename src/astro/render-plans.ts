import { relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { AnalysisCache } from '../analysis/section-cache.ts';
import type { RenderPlan } from '../remark/remark-quotations.ts';

/**
 * The analyses the page render marks quotations by: a section file's own, from the cache the content check
 * filled (made now when it is missing); nothing for a file outside the content folder's articles.
 */
export function renderPlans(contentDir: string): (file: VFile) => Promise<RenderPlan | undefined> {
  const cache = new AnalysisCache(contentDir);
  return async (file) => {
    const path = file.path;
    if (!path?.endsWith('.mdx') || relative(resolve(contentDir), resolve(path)).startsWith('..')) return undefined;
    return (await cache.section(path)).plan;
  };
}
