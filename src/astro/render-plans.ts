import { relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { AnalysisCache, type SectionAnalysis } from '../analysis/section-cache.ts';
import type { ClaimPlan } from '../remark/remark-claims.ts';
import type { DatePlan } from '../remark/remark-dates.ts';
import type { RenderPlan } from '../remark/remark-quotations.ts';

/**
 * The analyses the page render marks quotations, dates and claims by: a section file's own, from the cache the content
 * check filled (made now when it is missing); nothing for a file outside the content folder.
 */
export function renderPlans(contentDir: string): {
  plan: (file: VFile) => Promise<RenderPlan | undefined>;
  datePlan: (file: VFile) => Promise<DatePlan | undefined>;
  claimPlan: (file: VFile) => Promise<ClaimPlan | undefined>;
} {
  const cache = new AnalysisCache(contentDir, process.cwd(), { remember: false });
  // The three plugins of one render share its file: one lookup each.
  const byFile = new WeakMap<VFile, Promise<SectionAnalysis | undefined>>();
  const analysisOf = (file: VFile): Promise<SectionAnalysis | undefined> => {
    let found = byFile.get(file);
    if (!found) {
      const path = file.path;
      found = !path?.endsWith('.mdx') || relative(resolve(contentDir), resolve(path)).startsWith('..') ? Promise.resolve(undefined) : cache.section(path);
      byFile.set(file, found);
    }
    return found;
  };
  return {
    plan: async (file) => (await analysisOf(file))?.plan,
    datePlan: async (file) => (await analysisOf(file))?.datePlan,
    claimPlan: async (file) => (await analysisOf(file))?.claimPlan,
  };
}
