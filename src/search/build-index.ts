/**
 * Builds the Pagefind index of a built site through Pagefind's Node API: every HTML page
 * (Pagefind keeps only those with data-pagefind-body), plus one custom record per fact.
 *
 * Segmentation modes (SEARCH_SEGMENTATION, default "icu"):
 * - "icu": the page text is cut into words here with Intl.Segmenter (public/search/segment.js),
 *   the same cut the search page applies to queries, and Pagefind indexes the words without a
 *   segmenter of its own (language forced to a non-segmented one). Measured by
 *   `npm run bench:search`: full recall, and no jieba in Pagefind's memory.
 * - "pagefind": Pagefind's own zh-CN mode (jieba at index time, Intl.Segmenter at query time);
 *   kept to measure against.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { htmlForIndex } from './html-for-index.ts';
import { readFactRecords } from './fact-records.ts';
import { segmentText } from '../../public/search/segment.js';

export type Segmentation = 'icu' | 'pagefind';

/**
 * The language the "icu" index is written under. Any language Pagefind neither segments
 * (zh/ja/th) nor stems Han text for; "en" only stems Latin words. The search page
 * loads it as the site's only index whatever the page's own lang.
 */
export const INDEX_LANGUAGE = 'en';

export interface BuildSearchIndexOptions {
  /** The built site (Astro's outDir). */
  siteDir: string;
  /** Where the report Markdown files are (facts are read from them). */
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
  log?: (msg: string) => void;
}

export interface BuildSearchIndexResult {
  pages: number;
  facts: number;
  seconds: number;
  outputPath: string;
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

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !relative(dir, p).split(sep).includes('pagefind'))
    .sort();
}

/** `reports/x/index.html` → `/reports/x/` (the site uses trailing slashes). */
function urlOf(siteDir: string, file: string): string {
  const rel = relative(siteDir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export async function buildSearchIndex(opts: BuildSearchIndexOptions): Promise<BuildSearchIndexResult> {
  const start = performance.now();
  const log = opts.log ?? (() => {});
  const mode = opts.segmentation ?? 'icu';
  const files = await htmlFiles(opts.siteDir);
  // Read by the Pagefind binary when the service starts (createIndex below); an explicit
  // environment setting wins.
  if (!process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE) {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(opts.indexChunkSize ?? chunkSizeFor(files.length));
  }
  const { index, errors } = await createIndex(mode === 'icu' ? { forceLanguage: INDEX_LANGUAGE } : {});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

  let pages = 0;
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const res = await index.addHTMLFile({ url: urlOf(opts.siteDir, file), content: mode === 'icu' ? htmlForIndex(html) : html });
      if (res.errors.length) throw new Error(`Pagefind could not index ${file}: ${res.errors.join('; ')}`);
      pages++;
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 8 }, worker));

  const facts = await readFactRecords(opts.reportsDir, log);
  for (const rec of facts) {
    const res = await index.addCustomRecord({
      ...rec,
      content: mode === 'icu' ? segmentText(rec.content) : rec.content,
      // Titles are searched too (Pagefind 1.6 scores metadata); the search page joins the words again for display.
      meta: mode === 'icu' ? { ...rec.meta, title: segmentText(rec.meta.title ?? '').trim() } : rec.meta,
      language: mode === 'icu' ? INDEX_LANGUAGE : 'zh-CN',
    });
    if (res.errors.length) throw new Error(`Pagefind could not index the fact at ${rec.url}: ${res.errors.join('; ')}`);
  }

  const outputPath = join(opts.siteDir, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await close();
  const seconds = (performance.now() - start) / 1000;
  log(`search index: ${pages} pages, ${facts.length} facts in ${seconds.toFixed(1)} s (${mode} segmentation) → ${outputPath}`);
  return { pages, facts: facts.length, seconds, outputPath };
}
