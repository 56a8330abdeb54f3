/**
 * Encodes the report pages' QR codes ahead of the pages (src/lib/qr-svg.ts says why). At the
 * start of `astro build`, before Astro reads the reports on one core, a worker thread
 * (src/lib/qr-worker.ts) encodes on the other the address of every page Astro will write; the
 * pages then take their code from the table, or encode it themselves when it is not there
 * (yet). Only `astro build`: the dev server renders a page at a time.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { qrTable, type QrPath } from '../lib/qr-svg.ts';
import type { QrWorkerInput } from '../lib/qr-worker.ts';

export default function qrCodes(): AstroIntegration {
  let worker: Worker | undefined;
  return {
    name: 'gaoxin-qr-codes',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || !config.site || worker) return;
        const input: QrWorkerInput = { reportsDir: process.env.REPORTS_DIR ?? 'content/reports', outDir: fileURLToPath(config.outDir), site: config.site };
        const table = qrTable();
        worker = new Worker(new URL('../lib/qr-worker.ts', import.meta.url), { workerData: input });
        worker.on('message', (batch: [string, QrPath][]) => {
          for (const [text, path] of batch) table.set(text, path);
        });
        // Not needed for correctness: a page whose code is missing encodes it itself.
        worker.on('error', (e) => logger.warn(`QR codes are encoded page by page: ${e.message}`));
        worker.unref();
      },
      'astro:build:done': async () => {
        await worker?.terminate();
        worker = undefined;
      },
    },
  };
}
