/** A worker thread of the sections' loader: renders its share of the sections that changed and keeps their HTML. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerShare } from '../model/worker-shares.ts';
import { sectionKeeper, type RenderShared } from './section-loader.ts';

const { items, shared } = workerData as WorkerShare<RenderShared>;
const keep = sectionKeeper(shared);
for (const path of items) await keep(path);
parentPort!.postMessage([]);
