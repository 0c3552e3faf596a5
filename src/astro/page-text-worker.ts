/** A worker thread of the annotations: reads the text of its share of the built pages into the page-text cache. */
import { existsSync, readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerShare } from '../model/worker-shares.ts';
import { keepPageText } from './page-text-cache.ts';

const { items, shared } = workerData as WorkerShare<{ cacheDir: string }>;
for (const file of items) if (existsSync(file)) keepPageText(shared.cacheDir, readFileSync(file, 'utf8'));
parentPort!.postMessage([]);
