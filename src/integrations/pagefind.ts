/**
 * Astro integration: after `astro build` writes the site, build the Pagefind search index
 * into `<outDir>/pagefind/` (see src/search/build-index.ts for what goes in it), one shard per
 * year; shards whose inputs did not change since the last build are reused from
 * `<cacheDir>/search-index/` (SEARCH_INDEX_CACHE=off builds them all).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, type Segmentation } from '../search/build-index.ts';

export default function pagefind(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'gaoxin-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Unchanged index shards are kept here between builds (src/search/shards.ts).
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const segmentation = (process.env.SEARCH_SEGMENTATION ?? 'icu') as Segmentation;
        if (segmentation !== 'icu' && segmentation !== 'pagefind') {
          throw new Error(`SEARCH_SEGMENTATION must be "icu" or "pagefind", found "${segmentation}"`);
        }
        await buildSearchIndex({
          siteDir: fileURLToPath(dir),
          reportsDir: process.env.REPORTS_DIR ?? 'content/reports',
          segmentation,
          cacheDir: process.env.SEARCH_INDEX_CACHE === 'off' ? undefined : cacheDir,
          log: (m) => logger.info(m),
        });
      },
    },
  };
}
