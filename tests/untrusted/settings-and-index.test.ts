/**
 * Issue 21: settings are checked before the build starts, and the search index's HTML pass
 * has no depth that follows its input.
 *   - SITE_URL that is not an absolute http(s) origin (`javascript:alert(1)`, a bare host, a
 *     path) is one line naming SITE_URL and what to set, exit 1, no stack trace; a good one
 *     builds; every wrong setting (search settings, REPORTS_DIR) is reported together.
 *   - htmlForIndex on a page with a 20-million-character attribute (the old pattern overflowed
 *     the stack: `Maximum call stack size exceeded` in cutIndexedText) and a 3-million-
 *     character paragraph.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlForIndex } from '../../src/search/html-for-index.ts';
import { frontMatter, read, reportText, tempSite, write } from './site-build.ts';

const site = tempSite('untrusted-settings-');
beforeAll(() => write(path.join(site.reports, '2024-03-01-ce-shi.md'), reportText(frontMatter())));
afterAll(() => site.cleanup());

describe('SITE_URL', () => {
  test.each(['javascript:alert(1)', 'edu.example.gov.cn', 'https://edu.example.gov.cn/news/', 'ftp://edu.example.gov.cn', ''])('%j is refused in one line naming SITE_URL', (value) => {
    const r = site.build({ SITE_URL: value });
    expect(r.status, r.out).toBe(1);
    const lines = r.out.split('\n').filter((l) => l.includes('SITE_URL'));
    expect(lines, r.out).toEqual([`SITE_URL=${JSON.stringify(value)}: expected the site's absolute http(s) origin, e.g. SITE_URL=https://edu.example.gov.cn (scheme and host, no path); set SITE_URL to the published address, or unset it for a local build.`]);
    expect(r.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(r.out).not.toMatch(/Invalid URL/);
    expect(existsSync(path.join(site.dist, 'index.html'))).toBe(false);
  }, 120_000);

  test('every wrong setting at once: one line each, all together, exit 1', () => {
    const r = site.build({ SITE_URL: 'edu.example.gov.cn', SEARCH_SEGMENTATION: 'jieba', SEARCH_INDEX_JOBS: '0', SEARCH_MIN_SHARD_PAGES: 'many', REPORTS_DIR: 'no-such-folder' });
    expect(r.status, r.out).toBe(1);
    const lines = r.out.split('\n').filter((l) => /^[A-Z_]+=/.test(l));
    expect(lines, r.out).toEqual([
      expect.stringMatching(/^SITE_URL="edu\.example\.gov\.cn": expected the site's absolute http\(s\) origin/),
      'SEARCH_SEGMENTATION="jieba": expected "icu" or "pagefind"; correct it or unset it.',
      'SEARCH_INDEX_JOBS="0": expected a whole number of processes, at least 1; correct it or unset it.',
      'SEARCH_MIN_SHARD_PAGES="many": expected a whole number of pages, 0 or more; correct it or unset it.',
      'REPORTS_DIR="no-such-folder": expected the folder of the reports, found nothing there; set it to the reports folder (default content/reports).',
    ]);
    expect(r.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 120_000);

  test('an http(s) origin builds, and the pages link to it', () => {
    const r = site.build({ SITE_URL: 'https://edu.example.gov.cn' });
    expect(r.status, r.out.slice(-3000)).toBe(0);
    expect(read(path.join(site.dist, 'reports/2024-03-01-ce-shi/index.html'))).toContain('<link rel="canonical" href="https://edu.example.gov.cn/reports/2024-03-01-ce-shi/"');
  }, 300_000);
});

describe('the search index pass is linear in its input', () => {
  test('a 20-million-character unquoted attribute', () => {
    const html = `<html><body><div title=${'a'.repeat(20_000_000)}></div><main data-pagefind-body><p>学生参加活动。</p></main></body></html>`;
    const out = htmlForIndex(html);
    expect(out.length).toBeGreaterThan(20_000_000);
    expect(out).toContain('学生 参加 活动');
  });

  test('a 3-million-character paragraph', () => {
    const html = `<html><body><main data-pagefind-body><h1 data-pagefind-meta="title">标题</h1><p>${'学生参加活动。'.repeat(3_000_000 / 7)}</p></main></body></html>`;
    const out = htmlForIndex(html);
    expect(out).toContain('学生 参加 活动');
  });
});
