/**
 * Worker thread for large batches: converts the sources it is given and posts each result
 * back (in order) so the main thread can keep its progress bar moving.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertSource, type ConvertOptions } from './convert.ts';

const { paths, opts } = workerData as { paths: string[]; opts: ConvertOptions };
for (const path of paths) parentPort!.postMessage(await convertSource(path, opts));
