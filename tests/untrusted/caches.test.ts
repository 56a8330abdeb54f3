/**
 * Issue 21, caches: a rebuild never publishes what a stale or damaged cache holds. One small
 * site built again after each change, in order:
 *   - a report renamed (same bytes), and at the end one deleted: no page, feed, sitemap, export or search record of the
 *     site names the old address; the listings link the new one (the old links survived
 *     `rm -rf dist` in Astro's incremental cache, keyed by the report's bytes alone);
 *   - the search index's cached shard files cut short in place: the build indexes the shard
 *     again and every published .pf_* file is valid gzip;
 *   - after `rm -rf dist`, a cached shard file replaced by a cut copy: the same;
 *   - a report's cached parts cut short: the loader renders the report again;
 *   - a page Astro's incremental build would reuse, cut short in dist/ or (after rm -rf dist)
 *     in Astro's cache: rendered again (src/lib/page-checksums.ts).
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder, frontMatter, read, reportText, tempSite, write } from './site-build.ts';
import { readParts } from '../../src/lib/report-parts.ts';

const site = tempSite('untrusted-caches-');
afterAll(() => site.cleanup());

const OLD = '2024-04-01-shu-xiang-xiao-yuan';
const NEW = '2024-04-01-shu-xiang-xiao-yuan-yue-du-jie';
const cache = path.join(site.tmp, 'cache');
const searchCache = path.join(cache, 'search-index');

function buildOk(): string {
  const r = site.build();
  expect(r.status, r.out.slice(-4000)).toBe(0);
  return r.out;
}

/** Every text output of the site (pages, feed, sitemap, exports) and the search index's records, decompressed. */
function everything(): { file: string; text: string }[] {
  return filesUnder(site.dist).flatMap((rel) => {
    const full = path.join(site.dist, rel);
    if (/\.(html|xml|json|csv|txt|js)$/.test(rel)) return [{ file: rel, text: readFileSync(full, 'utf8') }];
    if (/\.pf_(fragment|meta|index)$/.test(rel)) return [{ file: rel, text: gunzipSync(readFileSync(full)).toString('latin1') + gunzipSync(readFileSync(full)).toString('utf8') }];
    return [];
  });
}

/** The published .pf_* files that are not valid gzip. */
function brokenIndexFiles(dir: string): string[] {
  return filesUnder(dir)
    .filter((f) => /\.pf_/.test(f))
    .filter((f) => {
      try {
        gunzipSync(readFileSync(path.join(dir, f)));
        return false;
      } catch {
        return true;
      }
    });
}

const shardFiles = () => filesUnder(searchCache).filter((f) => /\/bundle\/.*\.pf_/.test(f)).map((f) => path.join(searchCache, f));

beforeAll(() => {
  write(path.join(site.reports, '2024-03-01-zhi-hui-ke-tang.md'), reportText(frontMatter({ title: '智慧课堂走进高新区', date: '2024-03-01', topics: ['智慧教育'] }), '今年共有120名学生参加智慧课堂活动。\n'));
  write(path.join(site.reports, `${OLD}.md`), reportText(frontMatter({ title: '书香校园阅读节开幕', date: '2024-04-01', topics: ['智慧教育', '阅读'] }), '阅读节吸引了300名学生参加。\n'));
  write(path.join(site.reports, '2023-09-08-jiao-shi-pei-xun.md'), reportText(frontMatter({ title: '教师培训启动', date: '2023-09-08', topics: ['阅读'] }), '共有80名教师参加培训。\n'));
  buildOk();
}, 300_000);

describe('caches never publish what they should not', () => {
  test('a renamed report (same bytes) disappears from every page, feed, sitemap, export and search record', () => {
    expect(read(path.join(site.dist, 'topics/zhihuijiaoyu/index.html'))).toContain(`/reports/${OLD}/`);
    renameSync(path.join(site.reports, `${OLD}.md`), path.join(site.reports, `${NEW}.md`));
    buildOk();
    const all = everything();
    const stale = all.filter((f) => f.text.includes(`/reports/${OLD}/`)).map((f) => f.file);
    expect(stale).toEqual([]);
    for (const page of ['index.html', 'topics/zhihuijiaoyu/index.html', 'topics/yuedu/index.html', 'years/2024/index.html', 'rss.xml']) {
      expect(read(path.join(site.dist, page)), page).toContain(`/reports/${NEW}/`);
    }
    expect(all.some((f) => /\.pf_fragment$/.test(f.file) && f.text.includes(`/reports/${NEW}/`)), 'the search index has the new address').toBe(true);
    expect(existsSync(path.join(site.dist, 'reports', OLD))).toBe(false);
  }, 300_000);

  test('cached shard files cut short in place: the shard is indexed again, every published .pf_* file is valid gzip', () => {
    const cut = shardFiles();
    expect(cut.length).toBeGreaterThan(3);
    for (const f of cut) truncateSync(f, Math.floor(statSync(f).size / 2));
    expect(brokenIndexFiles(site.dist).length, 'the cut reaches dist/ through the hard links').toBeGreaterThan(0);
    buildOk();
    expect(brokenIndexFiles(site.dist)).toEqual([]);
    expect(brokenIndexFiles(searchCache)).toEqual([]);
  }, 300_000);

  test('after rm -rf dist, a cached shard file replaced by a cut copy: indexed again, nothing broken published', () => {
    rmSync(site.dist, { recursive: true, force: true });
    for (const f of shardFiles()) {
      const bytes = readFileSync(f);
      unlinkSync(f);
      writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
    }
    expect(brokenIndexFiles(searchCache).length).toBeGreaterThan(0);
    buildOk();
    expect(brokenIndexFiles(path.join(site.dist, 'pagefind'))).toEqual([]);
    expect(filesUnder(path.join(site.dist, 'pagefind')).some((f) => f.endsWith('.pf_fragment'))).toBe(true);
  }, 300_000);

  test('a report\'s cached parts cut short: the loader renders it again and the parts read back whole', () => {
    const partsDir = path.join(cache, 'report-parts');
    // The parts of a report the store refers to now (older entries stay an hour for concurrent builds).
    const store = readFileSync(path.join(cache, 'data-store.json'), 'utf8');
    const digest = readdirSync(partsDir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length)).find((d) => store.includes(d))!;
    expect(digest).toBeTruthy();
    const victim = path.join(partsDir, `${digest}.html`);
    truncateSync(victim, Math.floor(statSync(victim).size / 2));
    expect(() => readParts(partsDir, digest)).toThrow(/is damaged \(its checksum does not match/);
    const out = buildOk();
    expect(out).toMatch(/3 reports, 1 rendered, 2 unchanged/);
    expect(() => readParts(partsDir, digest)).not.toThrow();
  }, 300_000);

  test('a page cut short in dist/, which Astro\'s incremental build would keep: rendered again', () => {
    const page = path.join(site.dist, 'topics/yuedu/index.html');
    const whole = readFileSync(page);
    truncateSync(page, Math.floor(whole.length / 2));
    const out = buildOk();
    expect(out).toMatch(/1 cached page\(s\) do not match their checksums .* are rendered again: topics\/yuedu\/index\.html/);
    expect(readFileSync(page)).toEqual(whole);
  }, 300_000);

  test('after rm -rf dist, a page cut short in Astro\'s cache, which it would copy back: rendered again', () => {
    const page = path.join(site.dist, 'topics/yuedu/index.html');
    const whole = readFileSync(page);
    rmSync(site.dist, { recursive: true, force: true });
    const cached = path.join(cache, 'dist/topics/yuedu/index.html');
    expect(readFileSync(cached)).toEqual(whole);
    truncateSync(cached, Math.floor(whole.length / 2));
    buildOk();
    expect(readFileSync(page)).toEqual(whole);
    expect(readFileSync(cached)).toEqual(whole);
  }, 300_000);

  test('a deleted report disappears from every page, feed, sitemap, export and search record', () => {
    const gone = '2023-09-08-jiao-shi-pei-xun';
    expect(everything().some((f) => f.text.includes(`/reports/${gone}/`))).toBe(true);
    rmSync(path.join(site.reports, `${gone}.md`));
    buildOk();
    expect(everything().filter((f) => f.text.includes(`/reports/${gone}/`)).map((f) => f.file)).toEqual([]);
    expect(existsSync(path.join(site.dist, 'reports', gone))).toBe(false);
  }, 300_000);
});
