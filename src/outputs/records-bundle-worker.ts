/** A worker thread that writes the records' search bundle with a Pagefind service of its own (see search-index.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerShare } from '../model/worker-shares.ts';
import { writeRecordsFiles, type RecordsShare } from './search-index.ts';

const { shared } = workerData as WorkerShare<RecordsShare>;
await writeRecordsFiles(shared.outDir, shared.records);
parentPort!.postMessage([]);
