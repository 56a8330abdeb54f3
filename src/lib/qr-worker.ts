/**
 * Worker thread of src/integrations/qr-codes.ts: encodes the texts it is given (qrPath) and
 * posts them back in batches, so the table fills while it works.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { qrPath, type QrPath } from './qr-svg.ts';

const BATCH = 200;
const texts = workerData as string[];
let batch: [string, QrPath][] = [];
for (const text of texts) {
  batch.push([text, qrPath(text)]);
  if (batch.length >= BATCH) {
    parentPort?.postMessage(batch);
    batch = [];
  }
}
parentPort?.postMessage(batch);
