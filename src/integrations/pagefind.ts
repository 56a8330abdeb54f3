/**
 * Astro integration for the Pagefind search index (src/search/build-index.ts says what goes
 * in it). `astro:build:start` starts the facts shards in a child process, since facts are read
 * from the report files and need no built page (src/search/facts-index.ts); while Astro
 * renders on one core they are indexed on the other. `astro:build:done` indexes the report
 * pages into `<outDir>/pagefind/`, one shard per calendar half-year (or per run of
 * consecutive half-years that together reach SHARD_MIN_PAGES reports: src/search/shards.ts),
 * and links the facts shards beside them. Shards whose inputs did not change since the last build are reused from
 * `<cacheDir>/search-index/` (SEARCH_INDEX_CACHE=off builds them all).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, factsOptions, planShards, type Segmentation, type ShardPlan } from '../search/build-index.ts';
import { startFactsIndex, type FactsIndexHandle } from '../search/facts-index.ts';

function segmentation(): Segmentation {
  const s = process.env.SEARCH_SEGMENTATION ?? 'icu';
  if (s !== 'icu' && s !== 'pagefind') throw new Error(`SEARCH_SEGMENTATION must be "icu" or "pagefind", found "${s}"`);
  return s;
}

export default function pagefind(): AstroIntegration {
  let cacheDir: string | undefined;
  let early: { plan: ShardPlan; facts: FactsIndexHandle } | undefined;
  const reportsDir = (): string => process.env.REPORTS_DIR ?? 'content/reports';
  const cache = (): string | undefined => (process.env.SEARCH_INDEX_CACHE === 'off' ? undefined : cacheDir);
  return {
    name: 'gaoxin-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Unchanged index shards are kept here between builds (src/search/shards.ts).
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
      },
      'astro:build:start': async ({ logger }) => {
        const opts = { reportsDir: reportsDir(), segmentation: segmentation(), cacheDir: cache() };
        const plan = await planShards(opts);
        early = { plan, facts: startFactsIndex(factsOptions(opts, plan), (m) => logger.info(m)) };
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex({
          siteDir: fileURLToPath(dir),
          reportsDir: reportsDir(),
          segmentation: segmentation(),
          cacheDir: cache(),
          ...early,
          log: (m) => logger.info(m),
        });
      },
    },
  };
}
