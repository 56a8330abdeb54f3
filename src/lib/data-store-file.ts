/**
 * Build-time only: the pages read the content data store from its file instead of from a
 * JavaScript module that embeds it.
 *
 * Astro hands the store to the pages as the virtual module `astro:data-layer-content`, whose
 * code is `export default JSON.parse("<the whole data-store.json as a string literal>")`.
 * At 10,000 reports that literal is ~270 MB: Rolldown bundles it (most of the 19 s of "Vite"),
 * and Node then compiles the chunk — 39 of the build's 172 CPU s went to
 * `compileSourceTextModule` for this one module (V8 scans the literal and keeps the source),
 * plus GBs of peak memory. Reading and parsing the same file at run time gives the pages the
 * exact same value (the devalue array the module would export) in a few seconds.
 *
 * Only for `astro build` with the default single-file store: the prerendered pages run in the
 * build's own process, right after the content sync wrote the file. The dev server keeps
 * Astro's module (it reloads the store when it changes).
 *
 * In every command it also provides `virtual:report-parts-dir`: the folder in cacheDir where
 * the loader writes the reports' parts (src/lib/report-parts.ts), so pages read them from
 * the same place the loader wrote them (the benchmark moves cacheDir).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { reportPartsDir } from './report-parts.ts';

/** Astro's id for the resolved store module, and the store's file name in `cacheDir` (Astro 7.3). */
const RESOLVED_STORE_ID = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';
const PARTS_DIR_ID = 'virtual:report-parts-dir';
const RESOLVED_PARTS_DIR_ID = `\0${PARTS_DIR_ID}`;

export default function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const partsDir = reportPartsDir(config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'report-parts-dir',
                resolveId: (id) => (id === PARTS_DIR_ID ? RESOLVED_PARTS_DIR_ID : null),
                load: (id) => (id === RESOLVED_PARTS_DIR_ID ? `export default ${JSON.stringify(partsDir)};\n` : null),
              },
            ],
          },
        });
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-from-file',
                enforce: 'pre',
                load: {
                  // Before Astro's own load hook for the same id (also enforce: 'pre').
                  order: 'pre',
                  handler(id) {
                    if (id !== RESOLVED_STORE_ID) return null;
                    return {
                      // A missing file is an empty store, as in Astro's own module.
                      code: `import { existsSync, readFileSync } from 'node:fs';\nconst file = ${JSON.stringify(file)};\nexport default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();\n`,
                      map: { mappings: '' },
                      // Astro's incremental build keeps content data out of the pages' code hash.
                      meta: { astroIncremental: { kind: 'content-data' } },
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
