/**
 * Keeps `dist/` between builds and removes only what the new build no longer produces.
 *
 * With the incremental build, Astro empties `dist/` at the start and then copies every
 * unchanged page back from its cache: at 10,000 reports, deleting ~22,500 files took 5 s and
 * copying them back most of the 23 s page step of an unchanged rebuild. With
 * `vite.build.emptyOutDir: false` the pages stay where they are ("cached" in the log), but
 * then an output the site no longer has — a deleted report's page, the last page of a listing
 * that got shorter — would stay too, and be published and indexed. This integration, placed
 * before the search index, deletes after each build every file in `dist/` that this build
 * neither wrote (older than the build's start) nor kept as a cached page (listed in Astro's
 * incremental manifest). The search index is rebuilt by its own integration; images under
 * `_astro/` (written only when missing) are pruned by what the remaining outputs name
 * (prune-assets.ts): a deleted or changed report's photos go too.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pruneAssets } from './prune-assets.ts';

/** Astro 7.3's incremental manifest in `cacheDir`, and the top-level folders never pruned. */
const MANIFEST = 'incremental-build.json';
const KEEP_DIRS = new Set(['_astro', 'pagefind']);

interface IncrementalManifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** Outputs Astro kept from the previous build (paths relative to `dist/`, `/` separated). */
export function keptOutputs(manifest: IncrementalManifest): Set<string> {
  const kept = new Set<string>();
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const p of Object.values(route.paths ?? {})) if (p.outputFile) kept.add(p.outputFile.replace(/^\/+/, ''));
  }
  return kept;
}

/** Which files are stale: not written since `startMs` and not kept by the incremental build. */
export function staleFiles(files: readonly { path: string; mtimeMs: number }[], kept: ReadonlySet<string>, startMs: number): string[] {
  return files
    .filter((f) => !KEEP_DIRS.has(f.path.split('/')[0]!) && f.mtimeMs < startMs && !kept.has(f.path))
    .map((f) => f.path);
}

/** Removes the folders a deleted file leaves empty, up to (not including) `root`. */
function removeEmptyParents(root: string, file: string): void {
  for (let dir = dirname(file); dir.length > root.length && dir.startsWith(root); dir = dirname(dir)) {
    if (readdirSync(dir).length) return;
    rmdirSync(dir);
  }
}

/**
 * Files under `root` outside KEEP_DIRS with their mtimes. Sync calls on purpose: one awaited
 * stat per file took 13 s for 22,500 outputs on a busy machine, the sync walk 1.5 s.
 */
function listOutputs(root: string): { path: string; mtimeMs: number }[] {
  const files: { path: string; mtimeMs: number }[] = [];
  for (const top of readdirSync(root, { withFileTypes: true })) {
    if (KEEP_DIRS.has(top.name)) continue;
    const full = join(root, top.name);
    const entries = top.isDirectory() ? readdirSync(full, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)) : top.isFile() ? [full] : [];
    for (const f of entries) files.push({ path: relative(root, f).split(sep).join('/'), mtimeMs: statSync(f).mtimeMs });
  }
  return files;
}

export default function pruneOutputs(): AstroIntegration {
  let startMs = 0;
  let manifestFile = '';
  let refsFile = '';
  return {
    name: 'prune-stale-outputs',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || !config.experimental.incrementalBuild) return;
        manifestFile = fileURLToPath(new URL(MANIFEST, config.cacheDir));
        refsFile = fileURLToPath(new URL('asset-refs.json', config.cacheDir));
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        // Filesystem times have coarser resolution than Date.now(): a margin keeps this build's files.
        startMs = Date.now() - 1000;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!manifestFile) return;
        const root = fileURLToPath(dir);
        const kept = existsSync(manifestFile) ? keptOutputs(JSON.parse(readFileSync(manifestFile, 'utf8')) as IncrementalManifest) : new Set<string>();
        const stale = staleFiles(listOutputs(root), kept, startMs);
        for (const f of stale) {
          rmSync(join(root, f), { force: true });
          removeEmptyParents(root, join(root, f));
        }
        if (stale.length) logger.info(`removed ${stale.length} output(s) the site no longer has`);
        const images = await pruneAssets(root, refsFile);
        if (images.length) logger.info(`removed ${images.length} image(s) no page uses any more`);
      },
    },
  };
}
