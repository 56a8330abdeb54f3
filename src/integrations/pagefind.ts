/**
 * Astro integration: after `astro build` writes the site, build the Pagefind search index
 * into `<outDir>/pagefind/` (see src/search/build-index.ts for what goes in it).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, type Segmentation } from '../search/build-index.ts';

export default function pagefind(): AstroIntegration {
  return {
    name: 'gaoxin-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const segmentation = (process.env.SEARCH_SEGMENTATION ?? 'icu') as Segmentation;
        if (segmentation !== 'icu' && segmentation !== 'pagefind') {
          throw new Error(`SEARCH_SEGMENTATION must be "icu" or "pagefind", found "${segmentation}"`);
        }
        await buildSearchIndex({
          siteDir: fileURLToPath(dir),
          reportsDir: process.env.REPORTS_DIR ?? 'content/reports',
          segmentation,
          log: (m) => logger.info(m),
        });
      },
    },
  };
}
