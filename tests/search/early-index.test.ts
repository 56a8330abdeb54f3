/**
 * Shards indexed while Astro still writes pages: a shard is built once all its pages are
 * written in this build, and a page written again afterwards makes the shard be built again
 * after Astro's build, never served from the bytes indexed before.
 */
import { mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { startEarlyIndex } from '../../src/search/early-index.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { renderReport } from '../../scripts/bench-search/render-site.ts';

let work = '';
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const report = (date: string, title: string, text: string): string =>
  `---\ntitle: ${title}\ndate: '${date}'\ndatePrecision: day\ndateStated: true\ntopics: [教育督导]\nsource: { file: x.txt, sha256: '${'a'.repeat(64)}' }\nfacts: []\n---\n\n${text}\n`;

async function writePage(dist: string, reports: string, file: string): Promise<void> {
  const dir = join(dist, 'reports', file.replace(/\.md$/, ''));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), renderReport(await readFile(join(reports, file), 'utf8')));
}

/** Waits until a log line matches (hang guard: 120 s; the early shards run at low priority, slow on a busy machine). */
async function logged(lines: string[], re: RegExp): Promise<void> {
  for (let i = 0; i < 1200 && !lines.some((l) => re.test(l)); i++) await new Promise((r) => setTimeout(r, 100));
  expect(lines.some((l) => re.test(l)), `a log line like ${re}`).toBe(true);
}

test('shards are indexed as their pages are written; a page written again afterwards gets its shard built again', async () => {
  work = await mkdtemp(join(tmpdir(), 'early-index-'));
  const reports = join(work, 'reports');
  const dist = join(work, 'dist');
  const cacheDir = join(work, 'cache');
  await mkdir(reports);
  const files = ['2023-05-10-a.md', '2024-01-15-b.md', '2025-03-02-c.md'];
  await writeFile(join(reports, files[0]!), report('2023-05-10', '人大代表视察学校', '区人大代表视察新建学校。'));
  await writeFile(join(reports, files[1]!), report('2024-01-15', '家长满意度调查', '家长满意度很高。'));
  await writeFile(join(reports, files[2]!), report('2025-03-02', '春季开学', '春季学期开学。'));
  // A page left from an earlier build (not written in this one): its shard waits for Astro's build.
  await writePage(dist, reports, files[2]!);
  const old = new Date(Date.now() - 60_000);
  await utimes(join(dist, 'reports/2025-03-02-c/index.html'), old, old);

  process.env.SEARCH_MIN_SHARD_PAGES = '0';
  try {
    const lines: string[] = [];
    const early = startEarlyIndex({ siteDir: dist, reportsDir: reports, segmentation: 'icu', cacheDir, log: (m) => lines.push(m) });
    await writePage(dist, reports, files[0]!);
    await writePage(dist, reports, files[1]!);
    await logged(lines, /^search index 2023-H1: 1 pages.*while Astro writes pages/);
    await logged(lines, /^search index 2024-H1: 1 pages.*while Astro writes pages/);
    expect(lines.some((l) => l.startsWith('search index 2025-H1'))).toBe(false);

    // Astro writes the 2024 page again, with other text, after it was indexed.
    await writeFile(join(reports, files[1]!), report('2024-01-15', '家长满意度调查', '家长满意度达到新高。'));
    await writePage(dist, reports, files[1]!);

    const done = await buildSearchIndex({ siteDir: dist, reportsDir: reports, cacheDir, early });
    expect(done.shards.map((s) => [s.key, s.reused])).toEqual([['2023-H1', true], ['2024-H1', false], ['2025-H1', false]]);
    // The served index holds the page as it was written last.
    const fragments = readdirSync(join(dist, 'pagefind/2024-H1/fragment')).map((f) => gunzipSync(readFileSync(join(dist, 'pagefind/2024-H1/fragment', f))).toString());
    expect(fragments.join('').replace(/ /g, '')).toContain('达到新高');
  } finally {
    delete process.env.SEARCH_MIN_SHARD_PAGES;
  }
}, 300_000);
