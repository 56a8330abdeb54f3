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
 * incremental manifest). Bundled assets under `_astro/` (images are written only when
 * missing) and the search index (rebuilt by its own integration) are left alone.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

async function removeEmptyDirs(dir: string): Promise<boolean> {
  let empty = true;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory() && (await removeEmptyDirs(join(dir, e.name)))) continue;
    empty = false;
  }
  if (empty) await rmdir(dir);
  return empty;
}

export default function pruneOutputs(): AstroIntegration {
  let startMs = 0;
  let manifestFile = '';
  return {
    name: 'prune-stale-outputs',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || !config.experimental.incrementalBuild) return;
        manifestFile = fileURLToPath(new URL(MANIFEST, config.cacheDir));
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
        const files: { path: string; mtimeMs: number }[] = [];
        for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
          if (!e.isFile()) continue;
          const full = join(e.parentPath, e.name);
          files.push({ path: relative(root, full).split(sep).join('/'), mtimeMs: (await stat(full)).mtimeMs });
        }
        const stale = staleFiles(files, kept, startMs);
        for (const f of stale) await rm(join(root, f), { force: true });
        if (stale.length) {
          for (const e of await readdir(root, { withFileTypes: true })) if (e.isDirectory() && !KEEP_DIRS.has(e.name)) await removeEmptyDirs(join(root, e.name));
          logger.info(`removed ${stale.length} output(s) the site no longer has`);
        }
      },
    },
  };
}
