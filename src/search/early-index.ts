/**
 * Index shards built while Astro still writes pages.
 *
 * Astro renders its content first (one core), then writes the pages; the report pages of a
 * full build are written one half-year after another. A shard can be indexed as soon as every
 * one of its pages has been written in this build, on the core Astro's page generation leaves
 * idle, instead of after Astro's last page. Measured at 10,000 reports (bench, full build): the
 * report pages are written over ~30 s before Astro's build ends, and each shard takes ~6 s.
 *
 * One shard at a time, in a child process at low priority (nice 10), so Astro's own work goes
 * first. Correctness does not rest on timing: the shard process returns each file it read with
 * the stamp (size, mtime) it had while being read, the shard is stored in the cache under the
 * hash of exactly those bytes, and `astro:build:done` hashes the final files as always
 * (build-index.ts): a page written again after it was indexed has a new stamp, is read again,
 * and if its bytes differ its shard is simply built again there.
 *
 * Only pages written in this build count (modified after the build started): on an
 * incremental build Astro leaves unchanged pages alone, their shards are found unchanged at
 * `astro:build:done`, and nothing is indexed early.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileRead, Segmentation } from './build-shard.ts';
import { buildShardInChild, chunkSizeFor, planShards, shardInputFiles, shardSettings } from './build-index.ts';
import { reportFiles } from './report-facts.ts';
import { FileHashes, OTHER_SHARD, groupByShard, hashFiles, periodOf, prepareShardCache, storeShardHash } from './shards.ts';

/** How often the written pages are looked at. */
const POLL_MS = 1000;
/** How far before the build's start a page's time may be and still count as written in this build. */
const CLOCK_SLACK_MS = 2000;
/** Nice value of the shard process: Astro's page generation is on the build's critical path. */
const EARLY_NICE = 10;

export interface EarlyIndexOptions {
  siteDir: string;
  reportsDir: string;
  segmentation: Segmentation;
  /** The shard cache (build-index.ts): early shards are only useful through it. */
  cacheDir: string;
  log: (msg: string) => void;
}

export interface EarlyIndex {
  /** Stops looking for shards, waits for the one being built, and returns every file the early shards read. */
  stop: () => Promise<FileRead[]>;
}

export function startEarlyIndex(opts: EarlyIndexOptions): EarlyIndex {
  // File times come from the kernel's coarse clock, which may lag Date.now() by a tick: a page
  // written right after this moment can carry an earlier time. Pages of an earlier build are
  // seconds older than this hook (Astro syncs content and bundles before it).
  const since = Date.now() - CLOCK_SLACK_MS;
  const read: FileRead[] = [];
  let stopped = false;
  let wake = (): void => {};
  const run = (async (): Promise<void> => {
    const plan = await planShards({ reportsDir: opts.reportsDir });
    const pages = (await reportFiles(opts.reportsDir)).map((f) => {
      const slug = f.replace(/\.md$/, '');
      return { file: join(opts.siteDir, 'reports', slug, 'index.html'), url: `/reports/${slug}/` };
    });
    const pending = groupByShard(pages, (p) => plan.shardOfPeriod[periodOf(p.url)] ?? OTHER_SHARD);
    // For the indexer's own files (its code does not change during a build).
    const indexerHashes = await FileHashes.load(null);
    while (!stopped && pending.size) {
      const ready = await firstWritten(pending, since);
      if (!ready) {
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, POLL_MS);
        });
        continue;
      }
      const [key, shardPages] = ready;
      pending.delete(key);
      const t0 = performance.now();
      const chunk = plan.chunkOf[key] ?? chunkSizeFor(shardPages.length);
      const bundle = await prepareShardCache(opts.cacheDir, key);
      const out = await buildShardInChild({ mode: opts.segmentation, chunk, pages: shardPages, reportsDir: opts.reportsDir, outputPath: bundle, concurrency: 8 }, opts.log, EARLY_NICE);
      read.push(...out.read);
      // The hash of exactly the bytes indexed: a file written while it was read (no stamp) or
      // missing leaves the shard unstored, to be built after Astro's build.
      const indexed = new Map(out.read.map(([path, , sha]) => [path, sha]));
      const files = shardInputFiles(shardPages, opts.reportsDir);
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      if (!files.every((f) => indexed.has(f))) {
        opts.log(`search index ${key}: a page changed while it was read, left for after Astro's build (${seconds} s)`);
        continue;
      }
      const sha = (f: string): Promise<string> => indexed.get(f) !== undefined ? Promise.resolve(indexed.get(f)!) : indexerHashes.sha(f);
      await storeShardHash(opts.cacheDir, key, await hashFiles(shardSettings(opts.segmentation, chunk), [...plan.indexerFiles, ...files], { sha }));
      opts.log(`search index ${key}: ${shardPages.length} pages, ${out.facts} facts in ${seconds} s, while Astro writes pages`);
    }
  })();
  // A failure here costs only time: the shard is built again after Astro's build.
  const done = run.catch((e: unknown) => opts.log(`search index: indexing while Astro writes pages stopped: ${e instanceof Error ? e.message : String(e)}`));
  return {
    stop: async () => {
      stopped = true;
      wake();
      await done;
      return read;
    },
  };
}

/** The first shard whose pages have all been written since `since` (ms), or null. */
async function firstWritten(shards: Map<string, { file: string; url: string }[]>, since: number): Promise<[string, { file: string; url: string }[]] | null> {
  for (const [key, pages] of shards) {
    let all = true;
    for (const p of pages) {
      const s = await stat(p.file).catch(() => null);
      if (!s || s.mtimeMs < since) {
        all = false;
        break;
      }
    }
    if (all) return [key, pages];
  }
  return null;
}
