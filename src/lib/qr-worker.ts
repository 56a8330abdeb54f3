/**
 * Worker thread of src/integrations/qr-codes.ts: finds the report pages Astro will write
 * (missing, or older than their report file: on an incremental build the others are kept as
 * they are, and a page rendered anyway, e.g. a neighbour's, encodes its own code), encodes
 * their addresses (qrPath) and posts them back in batches, so the table fills while it works.
 * The listing is done here too, off the build's start-up.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { qrPath, type QrPath } from './qr-svg.ts';
import { reportPath } from './topics.ts';

export interface QrWorkerInput {
  /** The report files' folder. */
  reportsDir: string;
  /** Astro's output folder. */
  outDir: string;
  /** The site's origin (Astro's `site`). */
  site: string;
}

const BATCH = 200;
const { reportsDir, outDir, site } = workerData as QrWorkerInput;
let files: string[] = [];
try {
  files = readdirSync(reportsDir).filter((f) => f.endsWith('.md'));
} catch {
  // No reports folder: nothing to encode (the loader says so).
}
let batch: [string, QrPath][] = [];
for (const file of files) {
  const slug = file.slice(0, -3);
  const page = statSync(join(outDir, 'reports', slug, 'index.html'), { throwIfNoEntry: false });
  // A folder or a dangling link named x.md is the loader's to report (src/lib/reports-folder.ts), not a crash here.
  const report = statSync(join(reportsDir, file), { throwIfNoEntry: false });
  if (!report?.isFile()) continue;
  if (page && page.mtimeMs >= report.mtimeMs) continue;
  const text = new URL(reportPath(slug), site).href;
  batch.push([text, qrPath(text)]);
  if (batch.length >= BATCH) {
    parentPort?.postMessage(batch);
    batch = [];
  }
}
parentPort?.postMessage(batch);
