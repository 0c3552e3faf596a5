/** A worker thread that writes shards of the records' search bundle with a Pagefind service of its own (see search-index.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerShare } from '../model/worker-shares.ts';
import { writeRecordsFiles, type RecordsShare } from './search-index.ts';

const { shared } = workerData as WorkerShare<RecordsShare>;
for (const shard of shared.shards) await writeRecordsFiles(shared.outDir, shard);
parentPort!.postMessage([]);
