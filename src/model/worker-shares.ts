/**
 * Work split between worker threads, one per core: the sections' analysis (the checks) and their render (the
 * content layer) are each most of their step's time, and each section's is independent of the others'.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Fewer items than this are done in the process itself: a worker thread loads its code (about a second, the
 * analyser's or the renderer's) before it does anything, as long as some sixty sections take.
 */
export const WORKERS_FROM = 200;

/** The work of one worker thread: its share of the items, and what every share needs. */
export interface WorkerShare<Shared> {
  items: string[];
  shared: Shared;
}

/** How many threads `items` are worth: one per core, none (0) when they are too few to pay for starting any. */
export function threadsFor(items: number, cores = availableParallelism()): number {
  const threads = Math.min(cores, Math.floor(items / WORKERS_FROM) + 1);
  return threads < 2 ? 0 : threads;
}

/**
 * Runs the worker module `url` over `items` split into `threads` interleaved shares (so that each thread gets
 * items of every article and size), each thread posting one message with its results; resolves with all of them.
 */
export async function inWorkers<Shared, Result>(url: URL, items: readonly string[], shared: Shared, threads: number): Promise<Result[]> {
  const shares = Array.from({ length: threads }, (_, thread) => items.filter((_, index) => index % threads === thread));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Result[]>((resolve, reject) => {
          const worker = new Worker(url, { workerData: { items: share, shared } satisfies WorkerShare<Shared> });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`a worker thread (${url.pathname}) stopped with code ${code}`))));
        }),
    ),
  );
  return results.flat();
}
