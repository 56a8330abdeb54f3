/**
 * Builds the Pagefind index of a built site through Pagefind's Node API: the report pages
 * (the only ones with data-pagefind-body), each record carrying its report's facts as metadata
 * (public/search/facts.js), so facts cost no records of their own.
 *
 * Segmentation modes (SEARCH_SEGMENTATION, default "icu"):
 * - "icu": the page text is cut into words here with Intl.Segmenter (public/search/segment.js),
 *   the same cut the search page applies to queries, and Pagefind indexes the words without a
 *   segmenter of its own (language forced to a non-segmented one). Measured by
 *   `npm run bench:search`: full recall, and no jieba in Pagefind's memory.
 * - "pagefind": Pagefind's own zh-CN mode (jieba at index time, Intl.Segmenter at query time);
 *   kept to measure against.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { reportFileOf, reportFiles } from './report-facts.ts';
import { codeFiles } from '../lib/code-stamp.ts';
import { buildShard, SHARD_CHILD, type FileRead, type Segmentation, type ShardInput, type ShardOutput } from './build-shard.ts';
import { runInChild } from './child-process.ts';
import { COMPACT_FILE, addFilterCounts, firstIndexStamp, writeFirstIndex, type FirstIndexInput, type ShardCompact } from './first-index-build.ts';
import { FIRST_DIRNAME } from '../../public/search/first-index.js';
import { OTHER_SHARD, SHARD_MANIFEST, cachedShard, outputShardIntact, groupByShard, groupPeriods, FileHashes, hasCachedShard, hashFiles, linkTree, neededByMergedShard, prepareShardCache, primaryShard, shardDir, storeShardHash, periodOf } from './shards.ts';

export type { Segmentation } from './build-shard.ts';

/**
 * The language the "icu" index is written under. Any language Pagefind neither segments
 * (zh/ja/th) nor stems Han text for; "en" only stems Latin words. The search page
 * loads it as the site's only index whatever the page's own lang.
 */
export { INDEX_LANGUAGE } from './build-shard.ts';

export interface BuildSearchIndexOptions {
  /** The built site (Astro's outDir). */
  siteDir: string;
  /** Shards indexed while Astro still wrote pages (early-index.ts): stopped here, and what they read is learned. */
  early?: { stop: () => Promise<FileRead[]> };
  /** Where the report Markdown files are (each page's facts are read from its file). */
  reportsDir: string;
  segmentation?: Segmentation;
  /**
   * Word locations per index chunk file (Pagefind's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, default
   * 20000). A search loads the chunks holding its words, so smaller chunks mean fewer bytes for
   * a first search on a large site; see `npm run bench:search -- --scale`.
   */
  indexChunkSize?: number;
  /** Pages sent to Pagefind at once. */
  concurrency?: number;
  /**
   * Where each shard is kept with the hash of its inputs, so a rebuild skips the shards whose
   * pages and reports did not change (the integration passes Astro's cacheDir). Without it every
   * shard is built.
   */
  cacheDir?: string;
  /**
   * Pages per index shard at least: runs of consecutive half-years with this many pages make
   * one shard (default SEARCH_MIN_SHARD_PAGES, else SHARD_MIN_PAGES); 0 = one shard per half-year;
   * Infinity = one index.
   */
  minShardPages?: number;
  /**
   * Shards indexed at once (default SEARCH_INDEX_JOBS, else 2 on a machine with 2 or more
   * cores): each in a child Node process with its own Pagefind, so peak memory is `jobs` shards'.
   */
  jobs?: number;
  log?: (msg: string) => void;
}

export interface ShardResult {
  key: string;
  pages: number;
  /** Facts the shard's pages carry (0 when reused). */
  facts: number;
  /** True when the shard's inputs were unchanged and the cached shard was used. */
  reused: boolean;
  seconds: number;
}

export interface BuildSearchIndexResult {
  pages: number;
  facts: number;
  seconds: number;
  outputPath: string;
  shards: ShardResult[];
}

/**
 * Pages per index shard at least (see groupPeriods in shards.ts). The 10,000-report archive
 * (~415 reports a half-year) gets one shard per half-year: a one-report edit rebuilds ~415
 * pages and ~10,000 facts (at one shard per year, 888 pages took 10 s and 21,643 facts 16–23 s
 * at low priority, the longest part of a one-report rebuild), and each Pagefind process peaks
 * at about half the ~1 GB of a year's pages. A site under 300 reports stays one index.
 */
export const SHARD_MIN_PAGES = 300;

/** The pages' remembered hashes, in the cache folder (FileHashes in shards.ts). */
export const PAGE_HASHES = 'page-hashes.json';

/** What a shard's input hash covers besides its files: the kind, segmentation and chunk size. */
export function shardSettings(mode: Segmentation, chunk: number | undefined): string {
  return JSON.stringify({ kind: 'pages', mode, chunk: chunk ?? null, env: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? null });
}

/** A shard's input files: its pages, and its reports' files, whose facts its records carry. */
export function shardInputFiles(pages: { file: string; url: string }[], reportsDir: string): string[] {
  return pages.flatMap((p) => [p.file, reportFileOf(reportsDir, p.url)]).filter((f) => existsSync(f));
}

/**
 * Index chunk size for a site of `pages` pages. A first search loads the chunk list (its size
 * grows as pages / chunk size) and the chunks of its words (growing with chunk size), so the
 * sum is smallest near chunk ∝ √pages. Measured with bench:search --scale 1000: 20000 (Pagefind's
 * default) 149–241 KB, 4000 139–158 KB, 1500 143–161 KB.
 */
export const CHUNK_SIZE = { atThousandPages: 4000, min: 2000, max: 20000 };

export function chunkSizeFor(pages: number): number {
  const c = Math.round(CHUNK_SIZE.atThousandPages * Math.sqrt(Math.max(pages, 1) / 1000));
  return Math.min(CHUNK_SIZE.max, Math.max(CHUNK_SIZE.min, c));
}

/**
 * The pages to index: the report pages (`reports/<slug>/index.html`) of the report files, the
 * only pages whose layout (ReportLayout.astro) has `data-pagefind-body`. Listed from the report
 * files, not from the output folder, so the index can start before prune-outputs has removed an
 * earlier build's pages (a deleted report's page has no file; a draft's is skipped by the shard
 * process, which reads each report file anyway). Listing by path instead of reading all of the
 * site's HTML for the attribute saves reading ~760 MB at 10,000 reports on every build.
 */
async function reportPages(siteDir: string, reportsDir: string): Promise<{ file: string; url: string }[]> {
  return (await reportFiles(reportsDir))
    .map((f) => f.replace(/\.md$/, ''))
    .map((slug) => ({ file: join(siteDir, 'reports', slug, 'index.html'), url: `/reports/${slug}/` }))
    .filter((p) => existsSync(p.file));
}

/**
 * The indexer's own code: a change to any of it invalidates every cached shard. The module
 * graph of the indexer (its shard and facts processes, the report reader and schema, the
 * corrections, the segmenter on public/search) plus Pagefind's version and the lockfile.
 */
export function indexerFiles(root = fileURLToPath(new URL('../../', import.meta.url))): string[] {
  return codeFiles({ root, entries: ['src/search/build-index.ts'], files: ['node_modules/pagefind/package.json', 'package-lock.json'] });
}

/** Which shard each half-year's pages go to, from the report files alone. */
export interface ShardPlan {
  shardOfPeriod: Record<string, string>;
  /** Index chunk size by shard key. */
  chunkOf: Record<string, number>;
  indexerFiles: string[];
}

export async function planShards(opts: Pick<BuildSearchIndexOptions, 'reportsDir' | 'minShardPages' | 'indexChunkSize'>, log: (msg: string) => void = () => {}): Promise<ShardPlan> {
  const reports = await reportFiles(opts.reportsDir, log);
  const perPeriod = new Map<string, number>();
  for (const f of reports) perPeriod.set(periodOf(f), (perPeriod.get(periodOf(f)) ?? 0) + 1);
  const envMin = process.env.SEARCH_MIN_SHARD_PAGES;
  const shardOfPeriod = Object.fromEntries(groupPeriods(perPeriod, opts.minShardPages ?? (envMin ? Number(envMin) : SHARD_MIN_PAGES)));
  const perShard = new Map<string, number>();
  for (const [period, n] of perPeriod) perShard.set(shardOfPeriod[period]!, (perShard.get(shardOfPeriod[period]!) ?? 0) + n);
  const chunkOf: Record<string, number> = {};
  for (const [key, n] of perShard) chunkOf[key] = opts.indexChunkSize ?? chunkSizeFor(n);
  return { shardOfPeriod, chunkOf, indexerFiles: indexerFiles() };
}

export async function buildSearchIndex(opts: BuildSearchIndexOptions): Promise<BuildSearchIndexResult> {
  const start = performance.now();
  const log = opts.log ?? (() => {});
  const mode = opts.segmentation ?? 'icu';
  const plan = await planShards(opts, log);

  const pages = await reportPages(opts.siteDir, opts.reportsDir);
  const pagesBy = groupByShard(pages, (p) => plan.shardOfPeriod[periodOf(p.url)] ?? OTHER_SHARD);
  const keys = [...pagesBy.keys()].sort();
  if (!keys.length) keys.push(OTHER_SHARD);
  const primary = primaryShard(keys);

  const staging = opts.cacheDir ?? (await mkdtemp(join(tmpdir(), 'gaoxin-search-index-')));
  const outputPath = join(opts.siteDir, 'pagefind');
  const hashes = new Map<string, string>();
  // Shards built while Astro wrote pages are in the cache under the hash of the bytes they read:
  // a page Astro wrote again after that has another stamp, is read again here and, if its bytes
  // changed, its shard is built again below.
  const learned = (await opts.early?.stop()) ?? [];
  const fileHashes = opts.cacheDir ? await FileHashes.load(join(opts.cacheDir, PAGE_HASHES)) : null;
  fileHashes?.learn(learned);
  const hashOf = (key: string): Promise<string> =>
    hashFiles(shardSettings(mode, plan.chunkOf[key]), [...plan.indexerFiles, ...shardInputFiles(pagesBy.get(key) ?? [], opts.reportsDir)], fileHashes!);
  const prev = await readManifest(outputPath);
  if (opts.cacheDir) {
    // Hashed first only where a kept shard could match; a shard never built (a first build) is
    // hashed after it is built, from the files its process read, instead of reading them twice.
    for (const key of keys) if (prev?.inputs?.[key] || hasCachedShard(opts.cacheDir, key)) hashes.set(key, await hashOf(key));
  }
  // The output folder survives between builds (the site keeps dist/): a shard whose inputs and
  // place (primary or merged) are as the last build wrote them is left where it is.
  // Only where the shard's files in the output are still the bytes its cache entry lists.
  const intact = (key: string) => !!opts.cacheDir && existsSync(join(opts.cacheDir, key, COMPACT_FILE)) && outputShardIntact(opts.cacheDir, key, shardDir(outputPath, key, primary), key === primary ? undefined : neededByMergedShard);
  const inPlace = await clearOutput(outputPath, keys, primary, hashes, prev, intact);
  const shards: ShardResult[] = [];
  const jobs = Math.max(1, opts.jobs ?? (Number(process.env.SEARCH_INDEX_JOBS) || Math.min(2, availableParallelism())));
  const queue = [...keys];
  const toBuild = async (key: string): Promise<void> => {
    const t0 = performance.now();
    const shardPages = pagesBy.get(key) ?? [];
    const hash = hashes.get(key);
    if (inPlace.has(key)) {
      shards.push({ key, pages: shardPages.length, facts: 0, reused: true, seconds: 0 });
      return;
    }
    let bundle = opts.cacheDir && hash && existsSync(join(opts.cacheDir, key, COMPACT_FILE)) ? await cachedShard(opts.cacheDir, key, hash) : null;
    const reused = bundle !== null;
    let facts = 0;
    if (!bundle) {
      bundle = await prepareShardCache(staging, key);
      const input: ShardInput = { mode, chunk: plan.chunkOf[key] ?? chunkSizeFor(shardPages.length), pages: shardPages, reportsDir: opts.reportsDir, outputPath: bundle, concurrency: opts.concurrency ?? 8 };
      const out = await (jobs > 1 && keys.length > 1 ? buildShardInChild(input, log) : buildShard(input, log));
      facts = out.facts;
      if (opts.cacheDir) {
        // Nothing writes pages now: the bytes read are the bytes on disk.
        fileHashes!.learn(out.read);
        const h = hash ?? (await hashOf(key));
        hashes.set(key, h);
        await storeShardHash(opts.cacheDir, key, h);
      }
    }
    await linkTree(bundle, shardDir(outputPath, key, primary), key === primary ? undefined : neededByMergedShard);
    const seconds = (performance.now() - t0) / 1000;
    shards.push({ key, pages: shardPages.length, facts, reused, seconds });
    log(`search index ${key}: ${reused ? 'unchanged, reused' : `${shardPages.length} pages, ${facts} facts`} in ${seconds.toFixed(1)} s`);
  };
  const worker = async (): Promise<void> => {
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) await toBuild(key);
  };
  try {
    log(`search index: start, ${pages.length} pages in ${keys.length} shards`);
    await Promise.all(Array.from({ length: Math.min(jobs, keys.length) }, worker));
    // The first-pass index of every shard's compact entries (first-index-build.ts), unless no
    // shard changed since it was written.
    const t1 = performance.now();
    const stamp = opts.cacheDir ? firstIndexStamp(hashes, keys) : null;
    const input: Required<FirstIndexInput> = { entries: [], shards: [], filters: {} };
    const first = await writeFirstIndex(outputPath, input, stamp, async () => {
      for (const key of keys) {
        const kept = JSON.parse(await readFile(join(staging, key, COMPACT_FILE), 'utf8')) as ShardCompact | ShardCompact['entries'];
        // A cache from before the vocabulary (a bare list of entries): no vocabulary is written.
        const shard = Array.isArray(kept) ? { entries: kept, words: null, filters: {} } : kept;
        input.entries.push(...shard.entries);
        input.shards.push({ key, words: shard.words });
        addFilterCounts(input.filters, shard.filters);
      }
    });
    log(`search index: first-pass index ${first.written ? `of ${first.reports} reports, ${first.words} words, vocabulary of ${first.vocabulary}, written` : 'unchanged'} in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  } finally {
    if (!opts.cacheDir) await rm(staging, { recursive: true, force: true });
  }
  await fileHashes?.save();
  shards.sort((a, b) => a.key.localeCompare(b.key));
  await writeFile(join(outputPath, `${SHARD_MANIFEST}.tmp`), JSON.stringify({ shards: keys.filter((k) => k !== primary), primary, inputs: Object.fromEntries(hashes) }));
  await rename(join(outputPath, `${SHARD_MANIFEST}.tmp`), join(outputPath, SHARD_MANIFEST));

  const seconds = (performance.now() - start) / 1000;
  const built = shards.filter((s) => !s.reused);
  const facts = built.reduce((n, s) => n + s.facts, 0);
  log(`search index: ${pages.length} pages in ${keys.length} shards (${built.length} built, ${shards.length - built.length} unchanged), carrying ${facts} facts, in ${seconds.toFixed(1)} s (${mode} segmentation) → ${outputPath}`);
  return { pages: pages.length, facts, seconds, outputPath, shards };
}

/** Runs build-shard.ts in a child Node process (`nice`: at lower priority). */
export function buildShardInChild(input: ShardInput, log: (msg: string) => void, nice?: number): Promise<ShardOutput> {
  return runInChild<ShardInput, ShardOutput>(new URL('./build-shard.ts', import.meta.url), SHARD_CHILD, input, log, { what: `the search index shard process for ${input.outputPath}`, nice });
}

/** What the last build wrote to the output's shard manifest. */
interface Manifest { shards: string[]; primary?: string; inputs?: Record<string, string> }

/** What the last build wrote to the output's shard manifest (null when there is none). */
async function readManifest(outputPath: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(join(outputPath, SHARD_MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/**
 * Empties the output folder except the shards that can stay: same inputs (hash) and same place
 * as the manifest of the last build (`prev`) says. The manifest is removed first, so a build
 * stopped half-way leaves none and the next build writes every shard again. Returns the shards kept.
 */
async function clearOutput(outputPath: string, keys: string[], primary: string, hashes: Map<string, string>, prev: Manifest | null, intact: (key: string) => boolean): Promise<Set<string>> {
  await rm(join(outputPath, SHARD_MANIFEST), { force: true });
  const kept = new Set<string>();
  for (const key of keys) {
    const same = hashes.get(key) !== undefined && prev?.inputs?.[key] === hashes.get(key) && (prev?.primary === key) === (key === primary) && intact(key);
    if (same) kept.add(key);
  }
  await mkdir(outputPath, { recursive: true });
  const primaryKept = kept.has(primary);
  for (const e of await readdir(outputPath, { withFileTypes: true })) {
    const keepThis = e.isDirectory()
      ? OWN_DIRS.has(e.name) || (kept.has(e.name) && e.name !== primary) || (primaryKept && PRIMARY_DIRS.has(e.name))
      : primaryKept;
    if (!keepThis) await rm(join(outputPath, e.name), { recursive: true, force: true });
  }
  return kept;
}

/** The folders of the primary shard's own data, beside the merged shards' folders. */
const PRIMARY_DIRS = new Set(['index', 'filter', 'fragment']);
/** Folders of the index folder that are not shards and stay whatever the shards do (the first-pass index keeps its own stamp). */
const OWN_DIRS = new Set([FIRST_DIRNAME]);
