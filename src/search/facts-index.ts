/**
 * The fact records' index shards, built while Astro renders the pages.
 *
 * Facts are read from the report files, not from the built pages (fact-records.ts), so their
 * index does not have to wait for `astro build`: the integration starts this at
 * `astro:build:start` in a child process at low CPU priority, on the core Astro's
 * single-threaded rendering leaves idle, and `astro:build:done` only links the finished
 * shards into the output. Measured at 10,000 reports (one year: 888 reports, 21,643 facts):
 * the facts are ~60 % of the index's CPU (Pagefind 11.1 s + Node 3.3 s against 6.9 s + 4.4 s
 * for the year's pages), so most of the index's work is done before the pages exist.
 *
 * Facts have shards of their own (`facts-<period>`, the same half-year runs as the pages' shards):
 * one Pagefind index per shard holding fact records only, merged by the search page like the
 * page shards. A shard is rebuilt only when the bytes of its reports (or the indexer) change.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildShard, type Segmentation } from './build-shard.ts';
import { reportFiles } from './fact-records.ts';
import { runInChild, serveChild } from './child-process.ts';
import { OTHER_SHARD, cachedShard, groupByShard, hashInputs, prepareShardCache, storeShardHash, periodOf } from './shards.ts';

/** Prefix of a facts shard's key and folder (`pagefind/facts-2024-H2/`). */
export const FACTS_PREFIX = 'facts-';

/** Nice value of the facts process: Astro's rendering, on the build's critical path, goes first. */
const FACTS_NICE = 10;

export interface FactsIndexOptions {
  reportsDir: string;
  segmentation: Segmentation;
  /** Where built shards are kept with their input hash (as for the page shards); none = a temporary folder. */
  cacheDir?: string;
  /** Half-year (`2024-H2`) → shard key, as for the page shards (planShards in build-index.ts). */
  shardOfPeriod: Record<string, string>;
  /** Index chunk size per shard key. */
  chunkOf: Record<string, number>;
  /** The indexer's own files: a change to any of them rebuilds every shard. */
  indexerFiles: string[];
}

export interface FactShardResult {
  key: string;
  /** The folder holding the shard's Pagefind files. */
  bundle: string;
  hash: string;
  facts: number;
  reused: boolean;
  seconds: number;
}

export interface FactsIndexHandle {
  /** The shards, when all are built or found unchanged. */
  done: Promise<FactShardResult[]>;
  /** Removes what a build without a cache folder wrote (after the shards are linked). */
  cleanup(): Promise<void>;
}

/** The report files of each facts shard, by key. */
export function factShardFiles(files: string[], shardOfPeriod: Record<string, string>): Map<string, string[]> {
  return groupByShard(files, (f) => FACTS_PREFIX + (shardOfPeriod[periodOf(f)] ?? OTHER_SHARD));
}

/** The input hash of one facts shard: settings, the indexer's files, its reports' bytes. */
export function factShardHash(opts: FactsIndexOptions, key: string, files: string[]): Promise<string> {
  const settings = JSON.stringify({ kind: 'facts', mode: opts.segmentation, chunk: opts.chunkOf[key] ?? null, env: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? null });
  return hashInputs(settings, [...opts.indexerFiles, ...files.map((f) => join(opts.reportsDir, f))]);
}

/** Builds (or finds unchanged) every facts shard, one Pagefind at a time, into `staging`. */
export async function buildFactShards(opts: FactsIndexOptions, staging: string, log: (msg: string) => void): Promise<FactShardResult[]> {
  const t0 = performance.now();
  const byShard = factShardFiles(await reportFiles(opts.reportsDir), opts.shardOfPeriod);
  const results: FactShardResult[] = [];
  for (const [key, files] of [...byShard].sort(([a], [b]) => a.localeCompare(b))) {
    const started = performance.now();
    const hash = await factShardHash(opts, key, files);
    const cached = opts.cacheDir ? await cachedShard(opts.cacheDir, key, hash) : null;
    if (cached) {
      results.push({ key, bundle: cached, hash, facts: 0, reused: true, seconds: 0 });
      continue;
    }
    const bundle = await prepareShardCache(staging, key);
    const facts = await buildShard({ mode: opts.segmentation, chunk: opts.chunkOf[key] ?? 20000, pages: [], reportsDir: opts.reportsDir, reports: files, outputPath: bundle, concurrency: 8 }, log);
    if (opts.cacheDir) await storeShardHash(opts.cacheDir, key, hash);
    const seconds = (performance.now() - started) / 1000;
    results.push({ key, bundle, hash, facts, reused: false, seconds });
    log(`search facts ${key}: ${files.length} reports, ${facts} facts in ${seconds.toFixed(1)} s`);
  }
  const built = results.filter((r) => !r.reused);
  log(`search facts: ${results.length} shards (${built.length} built, ${results.length - built.length} unchanged), ${built.reduce((n, r) => n + r.facts, 0)} facts, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return results;
}

/**
 * Starts the facts shards in a child process (one Pagefind at a time, low priority) and
 * returns at once; `done` settles when they are all written.
 */
export function startFactsIndex(opts: FactsIndexOptions, log: (msg: string) => void): FactsIndexHandle {
  let staging: string | undefined;
  const done = (async () => {
    staging = opts.cacheDir ?? (await mkdtemp(join(tmpdir(), 'gaoxin-search-facts-')));
    const dir = staging;
    return runInChild<FactsChildInput, FactShardResult[]>(new URL(import.meta.url), FACTS_CHILD, { opts, staging: dir }, log, { nice: FACTS_NICE, what: 'the search facts process' });
  })();
  // Awaited by build:done; a build that fails earlier must not leave an unhandled rejection.
  done.catch(() => {});
  return {
    done,
    cleanup: async () => {
      if (staging && !opts.cacheDir) await rm(staging, { recursive: true, force: true });
    },
  };
}

interface FactsChildInput {
  opts: FactsIndexOptions;
  staging: string;
}

/** Flag of the child-process entry: `{ opts, staging }` in, the shards out (child-process.ts). */
const FACTS_CHILD = '--facts-child';
serveChild<FactsChildInput, FactShardResult[]>(FACTS_CHILD, ({ opts, staging }, log) => buildFactShards(opts, staging, log));
