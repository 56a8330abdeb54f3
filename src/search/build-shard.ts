/**
 * One index shard: a fresh Pagefind service (a process of its own), the shard's report pages,
 * each with its report's facts as metadata (public/search/facts.js), written to `outputPath`,
 * then closed so its memory is returned. Run in the build's own process, or as a child process
 * (`fork`, see build-index.ts) so two shards are indexed at once on two cores: the Node side
 * (segmenting text, reading facts) and Pagefind each take about half of a shard's CPU, and
 * within one process they mostly wait for each other.
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { htmlForIndex, withFactsMeta } from './html-for-index.ts';
import { reportFileOf, reportSlugOf, searchRecordOfFile } from './report-facts.ts';
import { serveChild } from './child-process.ts';
import { COMPACT_FILE, compactEntry, countFilters, type CompactEntry, type ShardCompact } from './first-index-build.ts';
import { ShardVocabulary } from './vocabulary.ts';

/** The language the "icu" index is written under (see build-index.ts). */
export const INDEX_LANGUAGE = 'en';

export type Segmentation = 'icu' | 'pagefind';

export interface ShardInput {
  mode: Segmentation;
  chunk: number;
  pages: { file: string; url: string }[];
  /** Where the report files are: each page's facts are read from `<reportsDir>/<slug>.md`. */
  reportsDir: string;
  outputPath: string;
  concurrency: number;
}

/** A file the shard read: its path, `size:mtime` stamp and SHA-256 (the form FileHashes in shards.ts remembers). */
export type FileRead = [path: string, stamp: string, sha: string];

export interface ShardOutput {
  /** Facts the shard's pages carry. */
  facts: number;
  /**
   * The pages and report files read, with the stamp they had while being read (left out when a
   * write changed it meanwhile), so the shard's input hash can be computed from exactly the
   * bytes indexed (early-index.ts).
   */
  read: FileRead[];
}

/** The file's text, with its stamp and SHA-256 when no write touched it while it was read. A missing file is ''. */
async function readStamped(path: string, read: FileRead[]): Promise<string> {
  const before = await stat(path).catch(() => null);
  if (!before) return '';
  const bytes = await readFile(path);
  const after = await stat(path);
  if (after.size === before.size && after.mtimeMs === before.mtimeMs && bytes.length === before.size) {
    read.push([path, `${before.size}:${before.mtimeMs}`, createHash('sha256').update(bytes).digest('hex')]);
  }
  return bytes.toString('utf8');
}

/** One shard in a fresh Pagefind process, closed at the end so its memory is returned. */
export async function buildShard(s: ShardInput, log: (msg: string) => void = () => {}): Promise<ShardOutput> {
  // Read by the Pagefind binary when the service starts (createIndex below); an explicit
  // environment setting wins.
  const envChunk = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  if (!envChunk) process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(s.chunk);
  try {
    const { index, errors } = await createIndex(s.mode === 'icu' ? { forceLanguage: INDEX_LANGUAGE } : {});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const queue = [...s.pages];
    let facts = 0;
    const read: FileRead[] = [];
    const compact: CompactEntry[] = [];
    // Only where the index holds the words cut as segment.js cuts them (not Pagefind's own zh-CN mode).
    const vocabulary = s.mode === 'icu' ? new ShardVocabulary() : null;
    const filters: ShardCompact['filters'] = {};
    const worker = async (): Promise<void> => {
      for (let page = queue.shift(); page; page = queue.shift()) {
        const [html, report] = await Promise.all([readStamped(page.file, read), readStamped(reportFileOf(s.reportsDir, page.url), read)]);
        // A page without its report file (deleted) or of a draft is an earlier build's, not yet pruned.
        const record = report ? searchRecordOfFile(reportSlugOf(page.url), report, log) : { published: false, facts: [] };
        if (!html || !record.published) continue;
        const pageFacts = record.facts;
        facts += pageFacts.length;
        if (record.report) compact.push(compactEntry(reportSlugOf(page.url), record.report, record.body ?? '', html));
        countFilters(html, filters);
        // The "pagefind" segmentation (a comparison mode) indexes the page's text as served.
        const res = await index.addHTMLFile({ url: page.url, content: vocabulary ? htmlForIndex(html, pageFacts, vocabulary) : withFactsMeta(html, pageFacts) });
        if (res.errors.length) throw new Error(`Pagefind could not index ${page.file}: ${res.errors.join('; ')}`);
      }
    };
    await Promise.all(Array.from({ length: s.concurrency }, worker));
    const written = await index.writeFiles({ outputPath: s.outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${s.outputPath}: ${written.errors.join('; ')}`);
    // Beside the bundle (not in it: the bundle is linked into the site as is), kept with the shard.
    const kept: ShardCompact = { entries: compact, words: vocabulary?.list() ?? null, filters };
    await writeFile(join(dirname(s.outputPath), COMPACT_FILE), JSON.stringify(kept));
    return { facts, read };
  } finally {
    await close();
    if (!envChunk) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  }
}

/** Flag of the child-process entry: one ShardInput in, the facts carried out (child-process.ts). */
export const SHARD_CHILD = '--shard-child';
serveChild(SHARD_CHILD, buildShard);
