/**
 * A worker thread of `AnalysisCache.analyseInParallel`: analyses its share of the sections and keeps each analysis
 * in the cache on disk, where the checks then read it; posts the digests it analysed. A section whose MDX does not
 * parse is left to the checks, which analyse it again and report where it stops.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { VFileMessage } from 'vfile-message';
import type { WorkerShare } from '../model/worker-shares.ts';
import { adoptAnalyser, AnalysisCache } from './section-cache.ts';

export interface AnalysisShared {
  contentDir: string;
  projectRoot: string;
  /** The process's analyser version, which its digests were made with. */
  analyser: string;
}

const { items, shared } = workerData as WorkerShare<AnalysisShared>;
adoptAnalyser(shared.analyser);
const cache = new AnalysisCache(shared.contentDir, shared.projectRoot, { remember: false });
const analysed: string[] = [];
for (const path of items) {
  try {
    analysed.push((await cache.section(path)).digest);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
  }
}
parentPort!.postMessage(analysed);
