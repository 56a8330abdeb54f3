/**
 * Encodes the report pages' QR codes ahead of the pages (src/lib/qr-svg.ts says why). At the
 * start of `astro build`, before Astro reads the reports on one core, a worker thread encodes
 * on the other the address of every page Astro will write (missing, or older than its report
 * file); the pages then take their code from the table, or encode it themselves when it is
 * not there (yet). Only `astro build`: the dev server renders a page at a time.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { qrTable, type QrPath } from '../lib/qr-svg.ts';
import { reportPath } from '../lib/topics.ts';

export default function qrCodes(): AstroIntegration {
  let worker: Worker | undefined;
  return {
    name: 'gaoxin-qr-codes',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || !config.site || worker) return;
        const dir = process.env.REPORTS_DIR ?? 'content/reports';
        const outDir = fileURLToPath(config.outDir);
        let files: string[];
        try {
          files = readdirSync(dir).filter((f) => f.endsWith('.md'));
        } catch {
          return;
        }
        // The pages Astro will write: those missing or older than their report file. On an
        // incremental build the others are kept as they are (a page it renders anyway, e.g. a
        // neighbour's, encodes its own code).
        const slugs = files.map((f) => f.slice(0, -3)).filter((slug) => {
          const page = statSync(join(outDir, 'reports', slug, 'index.html'), { throwIfNoEntry: false });
          return !page || page.mtimeMs < statSync(join(dir, `${slug}.md`)).mtimeMs;
        });
        if (!slugs.length) return;
        const texts = slugs.map((slug) => new URL(reportPath(slug), config.site).href);
        const table = qrTable();
        worker = new Worker(new URL('../lib/qr-worker.ts', import.meta.url), { workerData: texts });
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
