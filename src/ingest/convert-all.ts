/**
 * Converts many sources, on worker threads when the batch is big enough to pay for their
 * start-up (each worker loads the pipeline and its dictionaries). Results come back in input
 * order whatever the number of threads, so output does not depend on it.
 */
import { Worker } from 'node:worker_threads';
import { convertSource, type Converted, type ConvertOptions } from './convert.ts';

/** Below this many sources one thread is faster than starting workers. */
export const PARALLEL_FROM = 200;

export async function convertAll(paths: string[], opts: ConvertOptions, jobs: number, onEach: (c: Converted) => void): Promise<Converted[]> {
  if (jobs <= 1 || paths.length < PARALLEL_FROM) {
    const out: Converted[] = [];
    for (const p of paths) {
      const c = await convertSource(p, opts);
      onEach(c);
      out.push(c);
    }
    return out;
  }
  const size = Math.ceil(paths.length / jobs);
  const chunks = Array.from({ length: jobs }, (_, i) => paths.slice(i * size, (i + 1) * size)).filter((c) => c.length);
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<Converted[]>((resolve, reject) => {
          const got: Converted[] = [];
          const worker = new Worker(new URL('./convert-worker.ts', import.meta.url), { workerData: { paths: chunk, opts } });
          worker.on('message', (c: Converted) => {
            got.push(c);
            onEach(c);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 && got.length === chunk.length ? resolve(got) : reject(new Error(`worker stopped with code ${code} after ${got.length}/${chunk.length} sources`))));
        }),
    ),
  );
  return parts.flat();
}
