/**
 * The search page in headless Chromium against the test build: the right reports for a set of
 * queries, filters that narrow, a deep link, and a fact result that lands on its paragraph.
 * Expectations are computed from the report files the build used (inject('reportsDir')).
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../site/browser-helpers.ts';
import { parseReportFile } from '../../src/lib/front-matter.ts';
import { visibleFacts } from '../../src/lib/fact-view.ts';
import { reportSchema, type Report } from '../../src/schema/report.ts';
import { isDraft } from '../../src/lib/drafts.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { serve } from '../../scripts/bench-search/serve.ts';

const base = inject('baseUrl');
let browser: Browser;
let reports: { slug: string; report: Report; text: string }[];

beforeAll(async () => {
  browser = await launchBrowser();
  const dir = inject('reportsDir');
  reports = [];
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.md'))) {
    const { data, body: content } = parseReportFile(f, await readFile(path.join(dir, f), 'utf8'));
    const report = reportSchema.parse(data);
    // A draft is not searchable: no query expects it.
    if (isDraft(report)) continue;
    reports.push({ slug: f.slice(0, -3), report, text: `${report.title ?? ''}\n${report.subtitle ?? ''}\n${content}` });
  }
});

afterAll(async () => {
  await browser?.close();
});

/** Opens /search/?q=… and waits for Pagefind's answer (results or the no-results message). */
async function search(q: string, site = base): Promise<{ page: Page; hrefs: string[]; message: string; cspErrors: string[] }> {
  const page = await browser.newPage();
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(`${site}/search/?q=${encodeURIComponent(q)}`);
  await page.locator('.pagefind-ui__message').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => /\d|未/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''));
  // Results render as placeholders first and get their links when their data arrives; the
  // page shows 5, then 5 more behind “加载更多”: load one more page so 10 are in view.
  const shownAtLeast = (k: number) =>
    page.waitForFunction((want) => {
      const n = Number(/\d+/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[0] ?? 0);
      const shown = new Set([...document.querySelectorAll('a.pagefind-ui__result-link')].map((a) => a.closest('.pagefind-ui__result'))).size;
      return shown >= Math.min(n, want);
    }, k);
  await shownAtLeast(5);
  const more = page.locator('button.pagefind-ui__button');
  if (await more.count()) {
    await more.click();
    await shownAtLeast(10);
  }
  const hrefs = await page.locator('a.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const message = (await page.locator('.pagefind-ui__message').first().textContent()) ?? '';
  return { page, hrefs, message, cspErrors };
}

const slugOf = (href: string): string => /^\/reports\/([^/]+)\//.exec(href)?.[1] ?? href;

describe('search page', () => {
  for (const q of ['督导', '机器人', '满意度']) {
    test(`“${q}” finds the reports that contain it`, async () => {
      const containing = reports.filter((r) => r.text.includes(q)).map((r) => r.slug);
      expect(containing.length, `fixture reports containing ${q}`).toBeGreaterThan(0);
      const { page, hrefs, cspErrors } = await search(q);
      const slugs = [...new Set(hrefs.map(slugOf))];
      expect(containing).toContain(slugs[0]);
      if (containing.length <= 5) for (const s of containing) expect(slugs).toContain(s);
      expect(cspErrors).toEqual([]);
      await page.close();
    });
  }

  test('a word that appears in no report finds nothing', async () => {
    const q = '量子纠缠';
    expect(reports.some((r) => r.text.includes(q))).toBe(false);
    const { page, hrefs } = await search(q);
    expect(hrefs.filter((h) => h.startsWith('/reports/'))).toEqual([]);
    await page.close();
  });

  test('the 类型 filter narrows results to facts', async () => {
    const { page, message } = await search('智慧教育');
    const before = Number(/\d+/.exec(message)?.[0]);
    expect(before).toBeGreaterThan(1);
    await page.locator('input.pagefind-ui__filter-checkbox[name="类型"][value="数据"]').check();
    await page.waitForFunction((n) => {
      const m = /\d+/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '');
      return m !== null && Number(m[0]) < n;
    }, before);
    const hrefs = await page.locator('a.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/#[\w-]+:~:text=/);
    // Each fact result shows its clause with the query highlighted, not just a title.
    const excerpts = page.locator('.pagefind-ui__result .pagefind-ui__result-excerpt');
    expect(await excerpts.count()).toBe(hrefs.length);
    expect(await excerpts.first().locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('report results show their title as written (spaces kept), not as the index cut it', async () => {
    const r = reports.find((x) => x.report.title?.includes(' '));
    expect(r, 'a report whose title has a space').toBeDefined();
    const { page } = await search(r!.report.title!);
    const titles = await page.locator('a.pagefind-ui__result-link').allTextContents();
    expect(titles.map((t) => t.trim())).toContain(r!.report.title);
    await page.close();
  });

  test('section headings in sub-results keep the space their author wrote', async () => {
    const heading = reports.flatMap((r) => [...r.text.matchAll(/^## (\S+) (\S+)$/gm)].map((m) => [m[1]!, m[2]!] as const))[0];
    expect(heading, 'a report with a two-part ## heading').toBeDefined();
    const [left, right] = heading!;
    const { page } = await search(right);
    const subTitles = await page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link').allTextContents();
    // The segmenter's spaces are removed for display; the author's one stays (U+3000 in the index).
    expect(subTitles.map((t) => t.trim())).toContainEqual(expect.stringMatching(new RegExp(`^${left}\\s${right}$`)));
    await page.close();
  });

  test('a deep link runs the search, and typing updates the address', async () => {
    const { page, hrefs } = await search('督导');
    expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('督导');
    expect(hrefs.length).toBeGreaterThan(0);
    await page.locator('.pagefind-ui__search-input').fill('机器人');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '机器人');
    await page.close();
  });

  test('a fact result opens its paragraph with the number in view', async () => {
    const withFact = reports.flatMap((r) => visibleFacts(r.report).filter((f) => f.anchor.startsWith('p-') && f.sentence).map((f) => ({ r, f })));
    const target = withFact[0];
    expect(target, 'a fixture report with a body fact').toBeDefined();
    const { r, f } = target!;
    const { page, hrefs } = await search(f.sentence);
    const href = hrefs.find((h) => h.startsWith(`/reports/${r.slug}/#${f.anchor}:~:text=`) && decodeURIComponent(h).includes(f.text));
    expect(href, `a result linking to ${r.slug}#${f.anchor} among ${hrefs.join(' ')}`).toBeDefined();
    await page.locator(`a.pagefind-ui__result-link[href="${href}"]`).click();
    await page.waitForURL(`${base}/reports/${r.slug}/**`);
    const para = page.locator(`#${f.anchor}`);
    await expect.poll(() => para.textContent()).toContain(f.text);
    await expect.poll(() => para.evaluate((el) => { const b = el.getBoundingClientRect(); return b.top >= 0 && b.top < innerHeight; })).toBe(true);
    // Report pages stay script-free: the highlight is the browser's own text fragment.
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.close();
  });

  test('an index in one shard per year: the search page merges them all', async () => {
    // The test build is small enough for one shard; index a copy of it one shard per year.
    const dir = await mkdtemp(path.join(tmpdir(), 'search-shards-'));
    try {
      await cp(inject('distDir'), dir, { recursive: true });
      const built = await buildSearchIndex({ siteDir: dir, reportsDir: inject('reportsDir'), minShardPages: 0 });
      const years = [...new Set(reports.map((r) => r.report.date?.slice(0, 4)).filter(Boolean))].sort();
      expect(built.shards.length).toBeGreaterThanOrEqual(years.length);
      const { server, url } = await serve(dir);
      try {
        const q = '教育';
        const containing = reports.filter((r) => r.text.includes(q));
        expect(new Set(containing.map((r) => r.report.date?.slice(0, 4))).size, `years of the reports holding ${q}`).toBeGreaterThan(1);
        const { page, message } = await search(q, url);
        // Every report holding the word is counted, whichever shard holds it.
        expect(Number(/\d+/.exec(message)?.[0])).toBeGreaterThanOrEqual(containing.length);
        const yearFilters = await page.locator('input.pagefind-ui__filter-checkbox[name="年份"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
        expect(yearFilters.sort()).toEqual([...new Set(containing.map((r) => r.report.date!.slice(0, 4)))].sort());
        await page.close();
      } finally {
        server.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
