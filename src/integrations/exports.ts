/**
 * Astro integration: after the build, joins the 成果库's per-year exports into the
 * all-years `/achievements.csv` and `/achievements.json` (src/facts/join-exports.ts). Runs
 * after pruneOutputs (which removes what Astro did not write this build, these two files
 * among them) and before the search index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinExports } from '../facts/join-exports.ts';

export default function joinedExports(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'gaoxin-joined-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const years = await joinExports(fileURLToPath(dir), site ?? 'http://localhost/');
        logger.info(`/achievements.csv and .json joined from ${years.length} year(s) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      },
    },
  };
}
