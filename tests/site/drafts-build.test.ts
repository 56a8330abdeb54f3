/**
 * Drafts in a real build: three reports (tests/fixtures/drafts), one of them `draft: true`
 * with a title, a fact and a slug found nowhere else. The draft must be in no page, link,
 * feed, sitemap, export or search record, and the build must name it with its reasons.
 * Then the same folders are built again incrementally (dist/ and the caches kept, as staff
 * build): publishing the draft puts it everywhere, marking it a draft again takes it out.
 *
 * Each build runs with the benchmark's config in a temporary Astro root (as `npm run bench`
 * does), so it shares neither dist/, the caches nor `.astro/` with other builds of the checkout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/drafts');
const DRAFT = '2023-05-20-yin-xing-po-tian-wen-guan-ce-zhou';
const PUBLISHED = ['2023-03-15-xiao-yuan-zu-qiu-lian-sai', '2023-09-08-shu-xiang-xiao-yuan-yue-du-jie'];
/** Words of the draft's title and fact that no other fixture has. */
const DRAFT_WORDS = ['鹦鹉螺', '8317'];

const tmp = mkdtempSync(path.join(tmpdir(), 'site-drafts-'));
const reportsRel = 'content/reports';
const draftFile = path.join(tmp, reportsRel, `${DRAFT}.md`);
const dist = path.join(tmp, 'dist');
let draftText = '';

beforeAll(() => {
  const astroRoot = path.join(tmp, 'astro-root');
  mkdirSync(astroRoot);
  for (const f of ['src', 'public', 'node_modules', 'package.json', 'package-lock.json', 'tsconfig.json']) symlinkSync(path.join(ROOT, f), path.join(astroRoot, f));
  // The prerender bundle in dist/ imports packages by name: they resolve from the folder above it.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'));
  cpSync(FIXTURES, path.join(tmp, reportsRel), { recursive: true });
  draftText = readFileSync(draftFile, 'utf8');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `astro <command>` in the temporary folder (its working folder, so report paths print as content/reports/…). */
function astro(command: 'build' | 'sync', reports: string, cache: string) {
  const astroRoot = path.join(tmp, 'astro-root');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), command, '--config', path.relative(astroRoot, path.join(ROOT, 'scripts/bench/astro.config.bench.mjs')), '--root', astroRoot], {
    cwd: tmp,
    env: { ...process.env, REPORTS_DIR: reports, BENCH_OUT_DIR: dist, BENCH_CACHE_DIR: path.join(tmp, cache), BENCH_ASTRO_ROOT: astroRoot, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The site build, incremental: the same dist/ and cache every time. */
function build(): { out: string } {
  const r = astro('build', reportsRel, 'cache');
  expect(r.status, r.out).toBe(0);
  return r;
}

/** Every output file as text, by path under dist/ (`/` separated); Pagefind's and bundled assets apart. */
function siteFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    if (/^(pagefind|_astro)\//.test(rel)) continue;
    files.set(rel, readFileSync(path.join(dist, rel), 'utf8'));
  }
  return files;
}

/** Pagefind's records (report pages: url, text with the segmenter's spaces removed, the facts they carry) and its word indexes, decompressed. */
function searchIndex(): { records: { url: string; content: string; facts: string }[]; words: string } {
  const records: { url: string; content: string; facts: string }[] = [];
  let words = '';
  const dir = path.join(dist, 'pagefind');
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    if (f.endsWith('.pf_fragment')) {
      const json = JSON.parse(gunzipSync(readFileSync(path.join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string; meta?: { facts?: string } };
      records.push({ url: json.url, content: json.content.replace(/\s+/g, ''), facts: json.meta?.facts ?? '' });
    } else if (f.endsWith('.pf_index')) {
      words += gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
    }
  }
  return { records, words };
}

const rssItems = (files: Map<string, string>) => [...(files.get('rss.xml') ?? '').matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
const sitemapUrls = (files: Map<string, string>) => [...(files.get('sitemap-0.xml') ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const exportRows = (files: Map<string, string>) => JSON.parse(files.get('achievements.json') ?? '[]') as { url: string; sentence: string }[];

/** Where the draft shows up in the built site (empty when nowhere), with published reports checked as present. */
function draftTraces(): string[] {
  const files = siteFiles();
  const traces: string[] = [];
  // The published reports are there: the checks below look at real output.
  for (const slug of PUBLISHED) {
    expect(files.has(`reports/${slug}/index.html`), slug).toBe(true);
    expect(rssItems(files).some((i) => i.includes(slug)), `rss ${slug}`).toBe(true);
  }
  if (existsSync(path.join(dist, 'reports', DRAFT))) traces.push(`reports/${DRAFT}/`);
  for (const [rel, text] of files) if ([DRAFT, ...DRAFT_WORDS].some((w) => text.includes(w))) traces.push(rel);
  if (rssItems(files).some((i) => i.includes(DRAFT))) traces.push('rss item');
  if (sitemapUrls(files).some((u) => u.includes(DRAFT))) traces.push('sitemap url');
  if (exportRows(files).some((r) => r.url.includes(DRAFT))) traces.push('achievements.json row');
  const { records, words } = searchIndex();
  expect(records.filter((r) => PUBLISHED.some((s) => r.url.includes(s))).length, 'records of the published reports').toBe(PUBLISHED.length);
  expect(records.some((r) => r.facts.includes('1200')), 'a published report’s record carries its facts').toBe(true);
  expect(words, 'a published fact’s number is an indexed word').toContain('1200');
  for (const r of records) if (r.url.includes(DRAFT) || DRAFT_WORDS.some((w) => r.content.includes(w) || r.facts.includes(w))) traces.push(`search record ${r.url}`);
  for (const w of DRAFT_WORDS) if (words.includes(w)) traces.push(`search word ${w}`);
  return traces;
}

test('a draft is in no page, link, feed, sitemap, export or search record; the build names it once with its reasons', () => {
  const { out } = build();
  expect(draftTraces()).toEqual([]);
  expect(out.match(/篇草稿未发布/g)).toHaveLength(1);
  expect(out).toContain('1 篇草稿未发布：');
  expect(out).toContain(`${reportsRel}/${DRAFT}.md — 未找到原文中写明的发表日期；署名“某某”可能是图片说明的一部分，需要核对`);
}, 130_000);

test('publishing the draft puts it everywhere on the next incremental build; marking it a draft again takes it out', () => {
  writeFileSync(draftFile, draftText.replace(/^draft: true\ndraftReasons:\n(?: {2}- .*\n)+/m, ''));
  expect(readFileSync(draftFile, 'utf8')).not.toMatch(/^draft/m);
  const published = build();
  expect(published.out).not.toContain('草稿');
  const files = siteFiles();
  expect(files.get(`reports/${DRAFT}/index.html`)).toContain('琥珀纹鹦鹉螺草稿标题');
  // Its neighbour in time links to it now (prev/next), and the listings, feed and exports have it.
  expect(files.get(`reports/${PUBLISHED[0]}/index.html`)).toContain(`/reports/${DRAFT}/`);
  for (const page of ['index.html', 'years/2023/index.html', 'topics/tiyuyujiankang/index.html']) expect(files.get(page), page).toContain(`/reports/${DRAFT}/`);
  expect(rssItems(files).some((i) => i.includes(DRAFT))).toBe(true);
  expect(sitemapUrls(files).some((u) => u.includes(DRAFT))).toBe(true);
  expect(exportRows(files).some((r) => r.url.includes(DRAFT) && r.sentence.includes('8317'))).toBe(true);
  expect(files.get('achievements.csv')).toContain('8317');
  expect(files.get(`reports/${DRAFT}/facts.json`)).toContain('8317');
  const { records, words } = searchIndex();
  expect(records.some((r) => r.url === `/reports/${DRAFT}/`)).toBe(true);
  // Its record carries its fact, linked to its paragraph.
  expect(records.some((r) => r.url === `/reports/${DRAFT}/` && r.facts.includes('8317') && r.facts.includes('#p-1:~:text='))).toBe(true);
  expect(words).toContain('8317');

  writeFileSync(draftFile, draftText);
  const again = build();
  expect(draftTraces()).toEqual([]);
  expect(again.out).toContain(`${reportsRel}/${DRAFT}.md — `);
}, 250_000);

test('a mistake in a draft’s front matter still fails the build, naming file and line', () => {
  const bad = path.join(tmp, 'bad-drafts');
  mkdirSync(bad);
  writeFileSync(path.join(bad, `${DRAFT}.md`), draftText.replace('date: "2023-05-20"', 'date: "2023年5月20日"'));
  const r = astro('sync', 'bad-drafts', 'bad-cache');
  expect(r.status).not.toBe(0);
  expect(r.out).toContain(`bad-drafts/${DRAFT}.md:5: field "date": expected "YYYY-MM-DD", "YYYY-MM" or "YYYY", found "2023年5月20日"`);
  expect(r.out).not.toContain('篇草稿未发布');
}, 130_000);
