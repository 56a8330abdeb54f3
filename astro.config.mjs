// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import qrCodes from './src/integrations/qr-codes.ts';
import dataStoreFromFile from './src/lib/data-store-file.ts';
import pruneOutputs from './src/lib/prune-outputs.ts';
import pageChecksums from './src/lib/page-checksums.ts';
import { checkedSettings, PLACEHOLDER_SITE } from './src/lib/settings.ts';

// Every setting (SITE_URL, REPORTS_DIR, the search's) is checked before Astro reads this config:
// a wrong one is one line naming it, all of them together, exit 1 (src/lib/settings.ts).
const { site } = checkedSettings();

/** A production build on the placeholder domain gives canonical, Open Graph, RSS and CSV links that lead nowhere: say so, naming the setting. */
/** @type {import('astro').AstroIntegration} */
const warnPlaceholderSite = {
  name: 'site-url-check',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (new URL(site).origin === new URL(PLACEHOLDER_SITE).origin) {
        logger.warn(`SITE_URL 未设置：规范链接、Open Graph、RSS 和 CSV 中的链接都将使用占位域名 ${PLACEHOLDER_SITE}。发布前请设置，例如 SITE_URL=https://edu.example.gov.cn npm run build`);
      }
    },
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // dataStoreFromFile: at build, pages read the content store from its file (see the file for why).
  // pruneOutputs keeps dist/ between builds and deletes what the site no longer has: before
  // sitemap and the search index, which read dist/.
  // qrCodes encodes the report pages' QR codes on the other core while Astro reads the reports.
  // pageChecksums: a page Astro's incremental build would reuse is checked against the bytes it
  // had (in dist/ or Astro's cache) and rendered again when they differ (src/lib/page-checksums.ts).
  integrations: [warnPlaceholderSite, qrCodes(), dataStoreFromFile(), pruneOutputs(), pageChecksums(), sitemap(), pagefind()],
  // Report bodies are rendered by our own markdown-it pipeline; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  build: {
    // One cacheable stylesheet instead of <style> blocks in every page.
    inlineStylesheets: 'never',
    // Pages render one at a time but each waits on its writes (dist/ and the incremental
    // cache): at 10,000 reports half of page generation was idle. 4 in flight: 61 → 42 s.
    concurrency: 4,
  },
  experimental: {
    // Report, facts.json and listing pages return a cacheKey (src/lib/reports.ts): a rebuild
    // copies the pages whose key and templates are unchanged instead of rendering them again.
    incrementalBuild: true,
  },
  image: {
    // Photos are encoded once; the cache (node_modules/.astro/assets) survives between builds.
    responsiveStyles: false,
  },
  security: {
    // Astro writes a <meta http-equiv="content-security-policy"> with hashes of what it
    // bundles; scripts are only 'self' (+ those hashes), never 'unsafe-inline'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
