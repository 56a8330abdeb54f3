/**
 * The search index is written as one Pagefind index per half-year or run of half-years
 * ("shard"), built in a fresh Pagefind process each, so the index's peak memory is a shard's,
 * not the archive's (Pagefind keeps every record of an index in memory until it writes), and
 * an edit rebuilds one shard of a few hundred reports. The search page loads the newest
 * shard and merges the others with Pagefind's `mergeIndex` (public/search/pf/pagefind.js
 * reads the list from `pagefind/shards.json`).
 *
 * A shard is rebuilt only when its inputs changed: the hash of its pages' HTML, its reports'
 * Markdown and the index settings is kept beside the shard in the cache folder; an unchanged
 * shard is linked back into the output.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { FILES_LISTING, filesIntact, writeListing } from './shard-checksums.ts';

/** Where the search page finds the list of merged shards (relative to the index folder). */
export const SHARD_MANIFEST = 'shards.json';

/** The shard of pages and reports without a year in their slug. */
export const OTHER_SHARD = 'other';

/**
 * The half-year of a report from its slug or URL: `/reports/2024-08-20-x/` or `2024-08-20-x`
 * → "2024-H2", `2024-03-x` → "2024-H1" (a slug with a year only counts as H1); anything else →
 * "other". Calendar half-years, not runs of N reports: a new report changes only its own
 * half-year's shard, never the boundaries of the others.
 */
export function periodOf(urlOrSlug: string): string {
  const m = /^(?:\/reports\/)?(\d{4})-(?:(\d{2})(?=-|\.|\/|$))?/.exec(urlOrSlug);
  if (!m) return OTHER_SHARD;
  return `${m[1]}-${m[2] && Number(m[2]) > 6 ? 'H2' : 'H1'}`;
}

/**
 * Joins consecutive half-years into shards of at least `minPages` pages (a half-year short of
 * it joins the next; the last run joins the one before). Pagefind ranks by BM25 within each
 * index, so a shard of a few dozen pages gets word statistics unlike the others' and its
 * results' scores do not compare with theirs (bench:search: recall@10 0.99 → 0.97 with one
 * shard per year of a 170-report site); with a few hundred pages each, the statistics agree.
 * Returns period → shard key ("2019-H2" or "2015-H1_2016-H2"); "other" stays its own shard.
 */
export function groupPeriods(pagesPerPeriod: Map<string, number>, minPages: number): Map<string, string> {
  const periods = [...pagesPerPeriod.keys()].filter((k) => k !== OTHER_SHARD).sort();
  const runs: string[][] = [];
  let run: string[] = [];
  let n = 0;
  for (const p of periods) {
    run.push(p);
    n += pagesPerPeriod.get(p) ?? 0;
    if (n >= minPages) {
      runs.push(run);
      run = [];
      n = 0;
    }
  }
  if (run.length) {
    if (runs.length) runs.at(-1)!.push(...run);
    else runs.push(run);
  }
  const keyOf = new Map<string, string>([[OTHER_SHARD, OTHER_SHARD]]);
  for (const r of runs) for (const p of r) keyOf.set(p, r.length > 1 ? `${r[0]}_${r.at(-1)}` : r[0]!);
  return keyOf;
}

/** The shard the search page loads first (its folder is `pagefind/` itself): the newest one. */
export function primaryShard(keys: Iterable<string>): string {
  const last = (k: string): string => k.split('_').at(-1)!;
  const dated = [...keys].filter((k) => k !== OTHER_SHARD).sort((a, b) => last(a).localeCompare(last(b)));
  return dated.at(-1) ?? OTHER_SHARD;
}

/** `pagefind/` for the primary shard, `pagefind/<key>/` for the others. */
export function shardDir(indexDir: string, key: string, primary: string): string {
  return key === primary ? indexDir : join(indexDir, key);
}

/**
 * Files a merged (non-primary) shard needs: Pagefind loads the WebAssembly and scripts once,
 * from the primary, so only the entry, the page table and the chunks are kept.
 */
export function neededByMergedShard(rel: string): boolean {
  return rel === 'pagefind-entry.json' || /\.pf_meta$/.test(rel) || /^(index|filter|fragment)\//.test(rel);
}

/** Groups `items` by shard key. */
export function groupByShard<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * SHA-256 of files, remembered with each file's size and modification time (as git's index
 * does): a file whose size and time are unchanged is not read again. The site keeps dist/
 * between builds and Astro's incremental build leaves the pages it did not render again
 * untouched, so an unchanged rebuild hashes its ~12,500 pages from their stats instead of
 * reading ~760 MB; a page written again is read, and only a change of its bytes changes its
 * shard's hash.
 */
export class FileHashes {
  private readonly file: string | null;
  /** path → [size:mtime, sha256] from the last build. */
  private readonly known: Map<string, [string, string]>;
  /** The same for the files asked for in this build (what save() writes). */
  private readonly seen = new Map<string, [string, string]>();

  private constructor(file: string | null, known: Map<string, [string, string]>) {
    this.file = file;
    this.known = known;
  }

  /** The hashes remembered in `file` (none when it is missing or unreadable). */
  static async load(file: string | null): Promise<FileHashes> {
    let known = new Map<string, [string, string]>();
    if (file) {
      try {
        known = new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, [string, string]>));
      } catch {
        known = new Map();
      }
    }
    return new FileHashes(file, known);
  }

  /** Takes hashes of files read elsewhere (a shard process), each with the stamp it had then. */
  learn(read: Iterable<readonly [path: string, stamp: string, sha: string]>): void {
    for (const [path, stamp, sha] of read) this.known.set(path, [stamp, sha]);
  }

  async sha(path: string): Promise<string> {
    const s = await stat(path).catch(() => null);
    if (!s) return '(missing)';
    const stamp = `${s.size}:${s.mtimeMs}`;
    const prev = this.known.get(path);
    const sha = prev && prev[0] === stamp ? prev[1] : createHash('sha256').update(await readFile(path)).digest('hex');
    this.seen.set(path, [stamp, sha]);
    return sha;
  }

  /** Writes the hashes of the files asked for in this build (atomically). */
  async save(): Promise<void> {
    if (!this.file) return;
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(`${this.file}.tmp`, JSON.stringify(Object.fromEntries(this.seen)));
    await rename(`${this.file}.tmp`, this.file);
  }
}

/** Hash of a shard's inputs by their contents, read through `hashes`: settings, then each file's name and SHA-256. */
export async function hashFiles(settings: string, files: string[], hashes: Pick<FileHashes, 'sha'>): Promise<string> {
  const h = createHash('sha256').update(settings);
  for (const file of [...files].sort()) h.update(`\0${file}\0${await hashes.sha(file)}`);
  return h.digest('hex');
}

const HASH_FILE = 'inputs.sha256';

/** Whether a shard has a finished cache entry (any hash). */
export function hasCachedShard(cacheDir: string, key: string): boolean {
  return existsSync(join(cacheDir, key, HASH_FILE));
}

/**
 * The cached shard's folder if its stored hash equals `hash` and its files are the bytes it
 * wrote (shard-checksums.ts), else null: a damaged entry is indexed again, never published.
 */
export async function cachedShard(cacheDir: string, key: string, hash: string): Promise<string | null> {
  const dir = join(cacheDir, key);
  try {
    if ((await readFile(join(dir, HASH_FILE), 'utf8')).trim() !== hash) return null;
  } catch {
    return null;
  }
  return filesIntact(join(dir, FILES_LISTING), join(dir, 'bundle')) ? join(dir, 'bundle') : null;
}

/** Whether the shard's copy in the output (`dir`; `keep` selects its files) is intact by its cache entry's listing. */
export function outputShardIntact(cacheDir: string, key: string, dir: string, keep?: (rel: string) => boolean): boolean {
  return filesIntact(join(cacheDir, key, FILES_LISTING), dir, keep);
}

/** Clears a shard's cache folder and returns where Pagefind should write its bundle. */
export async function prepareShardCache(cacheDir: string, key: string): Promise<string> {
  const dir = join(cacheDir, key);
  await rm(dir, { recursive: true, force: true });
  return join(dir, 'bundle');
}

/**
 * Records the checksums of a shard's files, then the hash of its inputs (last, so a stopped
 * build leaves no valid entry).
 */
export async function storeShardHash(cacheDir: string, key: string, hash: string): Promise<void> {
  await writeListing(join(cacheDir, key, 'bundle'), join(cacheDir, key, FILES_LISTING));
  const file = join(cacheDir, key, HASH_FILE);
  await writeFile(`${file}.tmp`, hash);
  await rename(`${file}.tmp`, file);
}

/**
 * Puts a shard's files into the output: hard links (a shard has thousands of small fragment
 * files; linking them is instant), copies where the two folders are on different devices.
 * Synchronous calls: ~250,000 files at 10,000 reports, and a promise per call cost more than
 * the call.
 */
export async function linkTree(from: string, to: string, keep: (rel: string) => boolean = () => true): Promise<number> {
  let n = 0;
  const made = new Set<string>();
  for (const e of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const src = join(e.parentPath, e.name);
    const rel = relative(from, src).split('\\').join('/');
    if (!keep(rel)) continue;
    const dest = join(to, rel);
    const parent = dirname(dest);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    try {
      linkSync(src, dest);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        unlinkSync(dest);
        linkSync(src, dest);
      } else if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP') {
        copyFileSync(src, dest);
      } else {
        throw err;
      }
    }
    n++;
  }
  return n;
}
