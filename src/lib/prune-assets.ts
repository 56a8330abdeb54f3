/**
 * Removes images from `dist/_astro/` that no output refers to any more. dist/ is kept between
 * builds (prune-outputs.ts) and Astro writes an encoded image only when it is missing, so
 * without this a deleted report's photos, or a photo a report no longer names (a refused SVG,
 * a replaced picture), stay published at their URLs forever.
 *
 * An image is in use when any page, feed, export, stylesheet or script of dist/ names it
 * (`/_astro/<file>`: <img>/<source> srcset, og:image, the search thumbnail meta). Reading
 * every page of a 10,000-report site at every build would cost seconds, so each file's
 * references are remembered by size and mtime in `<cacheDir>/asset-refs.json`: a page the
 * incremental build left untouched is not read again.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeAtomic } from './write-atomic.ts';

/** Files in `_astro/` that are images (the only assets pruned: scripts and styles are Astro's own). */
const IMAGE = /\.(avif|webp|jpe?g|png|gif|svg)$/i;
/** Outputs that can name an asset. */
const REFERRER = /\.(html|xml|json|css|js|txt|webmanifest)$/i;
const REF = /\/_astro\/([^"'\s,)?#<>]+)/g;

type RefCache = Record<string, [size: number, mtimeMs: number, refs: string[]]>;

function readCache(file: string): RefCache {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RefCache;
  } catch {
    return {};
  }
}

/** Asset names a text names. */
export function assetRefs(text: string): string[] {
  return [...new Set([...text.matchAll(REF)].map((m) => m[1]!))];
}

/** Which `_astro/` images are named by none of `referrers` (asset name → in use). Pure, for the tests. */
export function unusedImages(assets: readonly string[], referenced: ReadonlySet<string>): string[] {
  return assets.filter((a) => IMAGE.test(a) && !referenced.has(a));
}

/** Prunes `<dist>/_astro/` images nobody refers to; returns the removed names. */
export async function pruneAssets(dist: string, cacheFile: string): Promise<string[]> {
  const assetsDir = join(dist, '_astro');
  if (!existsSync(assetsDir)) return [];
  const old = readCache(cacheFile);
  const next: RefCache = {};
  const referenced = new Set<string>();
  // Skip the search index (its fragments are gzipped and name only what the pages name).
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !REFERRER.test(e.name)) continue;
    const full = join(e.parentPath, e.name);
    const rel = relative(dist, full).split(sep).join('/');
    if (rel.startsWith('pagefind/')) continue;
    const s = statSync(full);
    const hit = old[rel];
    const refs = hit && hit[0] === s.size && hit[1] === s.mtimeMs ? hit[2] : assetRefs(readFileSync(full, 'utf8'));
    next[rel] = [s.size, s.mtimeMs, refs];
    for (const r of refs) referenced.add(r);
  }
  const unused = unusedImages(readdirSync(assetsDir), referenced);
  for (const name of unused) rmSync(join(assetsDir, name), { force: true });
  await writeAtomic(cacheFile, JSON.stringify(next));
  return unused;
}
