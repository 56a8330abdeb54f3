/**
 * Astro integration for the Pagefind search index (src/search/build-index.ts says what goes
 * in it): the report pages into `<outDir>/pagefind/`, each record carrying its report's facts,
 * one shard per calendar half-year (or per run of consecutive half-years that together reach
 * SHARD_MIN_PAGES reports: src/search/shards.ts). `astro:build:start` starts indexing the
 * shards whose pages Astro has written (src/search/early-index.ts); `astro:build:generated`
 * indexes the rest once every page is written, and `astro:build:done` waits for it. Shards
 * whose inputs did not change since the last build are reused from `<cacheDir>/search-index/`
 * (SEARCH_INDEX_CACHE=off builds them all).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, type Segmentation } from '../search/build-index.ts';
import { startEarlyIndex, type EarlyIndex } from '../search/early-index.ts';

function segmentation(): Segmentation {
  const s = process.env.SEARCH_SEGMENTATION ?? 'icu';
  if (s !== 'icu' && s !== 'pagefind') throw new Error(`SEARCH_SEGMENTATION must be "icu" or "pagefind", found "${s}"`);
  return s;
}

export default function pagefind(): AstroIntegration {
  let cacheDir: string | undefined;
  let outDir: string | undefined;
  let early: EarlyIndex | undefined;
  /** The index run started at astro:build:generated: its error, or null. */
  let indexing: Promise<unknown> = Promise.resolve(null);
  const reportsDir = (): string => process.env.REPORTS_DIR ?? 'content/reports';
  const cache = (): string | undefined => (process.env.SEARCH_INDEX_CACHE === 'off' ? undefined : cacheDir);
  return {
    name: 'gaoxin-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Unchanged index shards are kept here between builds (src/search/shards.ts).
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        // Shards whose pages are all written are indexed while Astro writes the rest (through
        // the shard cache, so not with SEARCH_INDEX_CACHE=off).
        const dir = cache();
        if (dir && outDir) early = startEarlyIndex({ siteDir: outDir, reportsDir: reportsDir(), segmentation: segmentation(), cacheDir: dir, log: (m) => logger.info(m) });
      },
      'astro:build:generated': ({ dir, logger }) => {
        // Every page is written: the index starts now, while the other integrations' build:done
        // hooks (pruning, the sitemap) run, and build:done waits for it. It lists its pages from
        // the report files, so pages prune-outputs is about to remove are not indexed.
        const run = buildSearchIndex({ siteDir: fileURLToPath(dir), reportsDir: reportsDir(), segmentation: segmentation(), cacheDir: cache(), early, log: (m) => logger.info(m) });
        // Handled at build:done; never an unhandled rejection meanwhile.
        indexing = run.then(() => null, (e: unknown) => e);
      },
      'astro:build:done': async () => {
        const failed = await indexing;
        if (failed) throw failed;
      },
    },
  };
}
