/**
 * Checksums for the pages Astro's incremental build reuses. Astro keeps a page whose cacheKey
 * is unchanged as it lies in dist/, or copies it back from its cache (`<cacheDir>/dist/`) when
 * dist/ lost it, without looking at the bytes: a page cut short or edited in either place was
 * published again. This integration records, after each build, the size, modification time and
 * SHA-256 of every page the incremental manifest lists (`<cacheDir>/page-checksums.json`); at
 * the next build's start, before pages are generated, a listed page whose bytes differ (or one
 * with no record) is deleted from dist/ and Astro's cache and dropped from Astro's manifest, so
 * Astro renders it again. A file whose size and time are as recorded is not read (git's rule):
 * an unchanged rebuild hashes only the pages it wrote.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** outputFile (relative to dist/) → [size, mtimeMs, sha256] of the page in dist/. */
export type PageListing = Record<string, [number, number, string]>;

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

const MANIFEST = 'incremental-build.json';
const LISTING = 'page-checksums.json';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const rel = (outputFile: string) => outputFile.replace(/^\/+/, '');

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}

/** True when `file` holds the bytes `rec` records (by stamp, else by hash). */
function matches(file: string, rec: [number, number, string] | undefined, byStamp: boolean): boolean {
  if (!rec) return false;
  const s = statSync(file, { throwIfNoEntry: false });
  if (!s?.isFile() || s.size !== rec[0]) return false;
  return (byStamp && s.mtimeMs === rec[1]) || sha256(file) === rec[2];
}

/**
 * Drops from `manifest` every path whose page does not match `listing` (in `outDir`, or in
 * `cachedDir` where Astro would copy it from), deleting those files. Returns the dropped pages.
 */
export function dropDamaged(manifest: Manifest, listing: PageListing, outDir: string, cachedDir: string): string[] {
  const dropped: string[] = [];
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const [pathname, entry] of Object.entries(route.paths ?? {})) {
      if (!entry.outputFile) continue;
      const page = rel(entry.outputFile);
      const inDist = join(outDir, page);
      const inCache = join(cachedDir, page);
      const ok = existsSync(inDist) ? matches(inDist, listing[page], true) : matches(inCache, listing[page], false);
      if (ok) continue;
      rmSync(inDist, { force: true });
      rmSync(inCache, { force: true });
      delete route.paths![pathname];
      dropped.push(page);
    }
  }
  return dropped;
}

/** The listing of every page `manifest` lists, from dist/ (reusing `previous` where the stamp is unchanged). */
export function listPages(manifest: Manifest, previous: PageListing, outDir: string): PageListing {
  const listing: PageListing = {};
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) {
      if (!entry.outputFile) continue;
      const page = rel(entry.outputFile);
      const s = statSync(join(outDir, page), { throwIfNoEntry: false });
      if (!s?.isFile()) continue;
      const prev = previous[page];
      listing[page] = [s.size, s.mtimeMs, prev && prev[0] === s.size && prev[1] === s.mtimeMs ? prev[2] : sha256(join(outDir, page))];
    }
  }
  return listing;
}

export default function pageChecksums(): AstroIntegration {
  let manifestFile = '';
  let listingFile = '';
  let cachedDir = '';
  let outDir = '';
  return {
    name: 'page-checksums',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.experimental.incrementalBuild) return;
        manifestFile = fileURLToPath(new URL(MANIFEST, config.cacheDir));
        listingFile = fileURLToPath(new URL(LISTING, config.cacheDir));
        cachedDir = fileURLToPath(new URL('dist/', config.cacheDir));
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!manifestFile) return;
        const manifest = readJson<Manifest>(manifestFile);
        if (!manifest) return;
        const dropped = dropDamaged(manifest, readJson<PageListing>(listingFile) ?? {}, outDir, cachedDir);
        if (!dropped.length) return;
        writeJson(manifestFile, manifest);
        logger.info(`${dropped.length} cached page(s) do not match their checksums (or have none) and are rendered again: ${dropped.slice(0, 3).join(', ')}${dropped.length > 3 ? ' …' : ''}`);
      },
      'astro:build:done': () => {
        if (!manifestFile) return;
        const manifest = readJson<Manifest>(manifestFile);
        if (manifest) writeJson(listingFile, listPages(manifest, readJson<PageListing>(listingFile) ?? {}, outDir));
      },
    },
  };
}
