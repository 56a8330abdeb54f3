/**
 * Checksums of a cached search-index shard's files. A shard is reused when its inputs are
 * unchanged (shards.ts); its files were trusted as they lay, so shard files cut short in the
 * cache were linked into dist/pagefind and published (the build exited 0 with .pf_* files that
 * were not valid gzip). Now the cache entry lists every file of the bundle with its size and
 * SHA-256 (`files.json`, written before the inputs hash that completes the entry), and an entry
 * is reused, or a shard left in place in the output, only when every file listed is there
 * with those bytes; otherwise the shard is indexed again.
 *
 * A file is read and hashed again unless its size and modification time are those recorded
 * (as FileHashes and git's index do): truncating or rewriting a file changes them, and an
 * unchanged rebuild at 10,000 reports does not read the index's ~250,000 files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** rel path → [size, mtimeMs, sha256]. */
type Listing = Record<string, [number, number, string]>;

export const FILES_LISTING = 'files.json';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file under `dir` (relative, `/`-separated). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Writes the listing of `bundle` to `file` (atomically). */
export async function writeListing(bundle: string, file: string): Promise<void> {
  const listing: Listing = {};
  for (const rel of filesUnder(bundle)) {
    const full = join(bundle, rel);
    const s = statSync(full);
    listing[rel] = [s.size, s.mtimeMs, sha256(full)];
  }
  await writeFile(`${file}.tmp`, JSON.stringify(listing));
  await rename(`${file}.tmp`, file);
}

function readListing(file: string): Listing | null {
  try {
    const listing = JSON.parse(readFileSync(file, 'utf8')) as Listing;
    return listing && typeof listing === 'object' && Object.keys(listing).length ? listing : null;
  } catch {
    return null;
  }
}

/**
 * True when every file the listing names (those `keep` selects) is in `dir` with the bytes
 * recorded. The same listing checks the cached bundle and the shard's copy in the output (hard
 * links share the bundle's stamps; a copy across devices is hashed).
 */
export function filesIntact(listingFile: string, dir: string, keep: (rel: string) => boolean = () => true): boolean {
  const listing = readListing(listingFile);
  if (!listing) return false;
  for (const [rel, [size, mtimeMs, sha]] of Object.entries(listing)) {
    if (!keep(rel)) continue;
    const full = join(dir, rel);
    const s = statSync(full, { throwIfNoEntry: false });
    if (!s?.isFile() || s.size !== size) return false;
    if (s.mtimeMs !== mtimeMs && sha256(full) !== sha) return false;
  }
  return true;
}
