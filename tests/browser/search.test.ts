/**
 * The search page in headless Chromium against the test build: the right reports for a set of
 * queries, filters that narrow, a deep link, and a fact result that lands on its paragraph.
 * Expectations are computed from the report files the build used (inject('reportsDir')).
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../site/browser-helpers.ts';
import { visibleFacts } from '../../src/lib/fact-view.ts';
import { openSearch, searchableReports, slugOf, type SearchableReport, type Searched } from './search-helpers.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { serve } from '../../scripts/bench-search/serve.ts';
import { segmentText } from '../../public/search/segment.js';
import { periodOf } from '../../src/search/shards.ts';

/**
 * A title word (Han only, two to four characters) that only the reports of one shard hold, in
 * their text or any field, not the primary (newest) shard: a search for it should open that shard alone.
 */
function rareWord(reports: SearchableReport[], shards: string[]): { word: string; shard: string; reports: string[] } | null {
  const shardOf = (r: SearchableReport) => shards.find((k) => k.split('_').includes(periodOf(r.slug))) ?? '';
  for (const r of reports) {
    const shard = shardOf(r);
    if (!shard) continue;
    for (const word of segmentText(r.report.title ?? '').split(/\s+/)) {
      if (!/^[\u4e00-\u9fff]{2,4}$/.test(word)) continue;
      const holding = reports.filter((x) => x.text.includes(word) || JSON.stringify(x.report).includes(word));
      if (holding.every((x) => shardOf(x) === shard)) return { word, shard, reports: holding.map((x) => x.slug) };
    }
  }
  return null;
}

const base = inject('baseUrl');
let browser: Browser;
let reports: SearchableReport[];

beforeAll(async () => {
  browser = await launchBrowser();
  reports = await searchableReports(inject('reportsDir'));
});

afterAll(async () => {
  await browser?.close();
});

const search = (q: string, site = base, width = 1280, extra = ''): Promise<Searched> => openSearch(browser, q, site, width, extra);

describe('search page', () => {
  for (const q of ['督导', '机器人', '满意度']) {
    test(`“${q}” finds the reports that contain it`, async () => {
      const containing = reports.filter((r) => r.text.includes(q)).map((r) => r.slug);
      expect(containing.length, `fixture reports containing ${q}`).toBeGreaterThan(0);
      const { page, hrefs, cspErrors } = await search(q);
      // Reports first: the 报道 list holds report pages only.
      for (const h of hrefs) expect(h).toMatch(/^\/reports\/[^/#]+\/$/);
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
    const { page, hrefs, factHrefs, message } = await search(q);
    expect([...hrefs, ...factHrefs]).toEqual([]);
    expect(message).toContain('未找到');
    // Both counts settle on 0: the 数据 count used to stay "…" after a search with no results.
    expect(await page.locator('#sr-n-reports').textContent()).toBe('0');
    expect(await page.locator('#sr-n-facts').textContent()).toBe('0');
    await page.close();
  });

  test('the 数据 switch lists facts: each links to its paragraph, shows its clause highlighted and names its report by title', async () => {
    const { page, counts, factHrefs } = await search('智慧教育');
    expect(counts.facts).toBeGreaterThan(0);
    expect(await page.locator('#sr-tab-facts').textContent()).toContain(String(counts.facts));
    await page.locator('#sr-tab-facts').click();
    await page.waitForFunction(() => document.querySelector('#sr-results > li.sr-fact') !== null);
    expect(factHrefs.length).toBeGreaterThan(0);
    for (const h of factHrefs) expect(h).toMatch(/#[\w-]+:~:text=/);
    const first = page.locator('#sr-results > li.sr-fact').first();
    expect(await first.locator('.sr-excerpt mark').count()).toBeGreaterThan(0);
    const named = await page.locator('#sr-results > li.sr-fact a.sr-report').allTextContents();
    const titles = new Set(reports.map((r) => r.report.title ?? '（无标题）'));
    for (const t of named) expect(titles).toContain(t);
    await page.close();
  });

  test('report results show their title as written (spaces kept), not as the index cut it', async () => {
    const r = reports.find((x) => x.report.title?.includes(' '));
    expect(r, 'a report whose title has a space').toBeDefined();
    const { page } = await search(r!.report.title!);
    const titles = await page.locator('#sr-results a.sr-link').allTextContents();
    expect(titles.map((t) => t.trim())).toContain(r!.report.title);
    await page.close();
  });

  test('section headings in sub-results keep the space their author wrote', async () => {
    const heading = reports.flatMap((r) => [...r.text.matchAll(/^## (\S+) (\S+)$/gm)].map((m) => [m[1]!, m[2]!] as const))[0];
    expect(heading, 'a report with a two-part ## heading').toBeDefined();
    const [left, right] = heading!;
    const { page } = await search(right);
    const subTitles = await page.locator('#sr-results .sr-section a').allTextContents();
    // The segmenter's spaces are removed for display; the author's one stays (U+200B in the index).
    expect(subTitles.map((t) => t.replace(/^§\s*/, '').trim())).toContainEqual(expect.stringMatching(new RegExp(`^${left}\\s${right}$`)));
    await page.close();
  });

  test('a deep link runs the search, and typing updates the address', async () => {
    const { page, hrefs } = await search('督导');
    expect(await page.locator('#sr-q').inputValue()).toBe('督导');
    expect(hrefs.length).toBeGreaterThan(0);
    await page.locator('#sr-q').fill('机器人');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '机器人');
    await page.close();
  });

  test('a fact result opens its paragraph with the number in view', async () => {
    const withFact = reports.flatMap((r) => visibleFacts(r.report).filter((f) => f.anchor.startsWith('p-') && f.sentence).map((f) => ({ r, f })));
    const target = withFact[0];
    expect(target, 'a fixture report with a body fact').toBeDefined();
    const { r, f } = target!;
    const { page, factHrefs: hrefs } = await search(f.sentence, base, 1280, '&tab=facts');
    const href = hrefs.find((h) => h.startsWith(`/reports/${r.slug}/#${f.anchor}:~:text=`) && decodeURIComponent(h).includes(f.text));
    expect(href, `a result linking to ${r.slug}#${f.anchor} among ${hrefs.join(' ')}`).toBeDefined();
    await page.locator(`#sr-results a.sr-link[href="${href}"]`).click();
    await page.waitForURL(`${base}/reports/${r.slug}/**`);
    const para = page.locator(`#${f.anchor}`);
    await expect.poll(() => para.textContent()).toContain(f.text);
    await expect.poll(() => para.evaluate((el) => { const b = el.getBoundingClientRect(); return b.top >= 0 && b.top < innerHeight; })).toBe(true);
    // Report pages stay script-free: the highlight is the browser's own text fragment.
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.close();
  });

  test('reports first: the page opens on 报道 with the count of facts, and a report shows its matching facts beneath it', async () => {
    const { page, counts, hrefs, message } = await search('一等奖');
    expect(await page.locator('#sr-tab-reports').getAttribute('aria-pressed')).toBe('true');
    expect(counts.reports).toBeGreaterThan(0);
    expect(counts.facts).toBeGreaterThan(0);
    expect(message).toMatch(new RegExp(`另有 ?(至少 )?${counts.facts} 条数据`));
    for (const h of hrefs) expect(h).toMatch(/^\/reports\/[^/#]+\/$/);
    const nested = page.locator('#sr-results > li.sr-report-result .sr-facts li a');
    // A report's facts are drawn once its fragment has loaded, after the report itself: wait for them.
    await expect.poll(() => nested.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // Each fact shown beneath a report belongs to that report.
    for (const li of await page.locator('#sr-results > li.sr-report-result:has(.sr-facts)').all()) {
      const report = await li.locator('.sr-title a').getAttribute('href');
      for (const f of await li.locator('.sr-facts a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(f.startsWith(`${report}#`)).toBe(true);
    }
    await page.close();
  });

  test('按日期 lists the newest first, undated last, and is kept in the address', async () => {
    const { page } = await search('教育', base, 1280, '&sort=date');
    expect(await page.locator('#sr-sort').inputValue()).toBe('date');
    const slugs = (await page.locator('#sr-results > li .sr-title a.sr-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(slugOf);
    const dates = slugs.map((s) => reports.find((r) => r.slug === s)?.report.date ?? '0000');
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.locator('#sr-sort').selectOption('');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('sort'));
    await page.close();
  });

  test('simplified and traditional characters find each other; the page keeps the characters it was written in', async () => {
    const trad = reports.find((r) => r.text.includes('學校'));
    expect(trad, 'the traditional-character fixture').toBeDefined();
    for (const q of ['学校', '學校', '阅读月']) {
      const { page, hrefs } = await search(q);
      expect(hrefs.map(slugOf), q).toContain(trad!.slug);
      // Its title is shown as written (traditional), not folded.
      // Polled: switching back to 报道 redraws the list, which a loaded machine may not have finished.
      await expect.poll(() => page.locator('#sr-results a.sr-link').allTextContents(), { timeout: 20_000 }).toContain(trad!.report.title);
      await page.close();
    }
    const simplified = reports.filter((r) => r.text.includes('督导')).map((r) => r.slug);
    const { page, hrefs } = await search('督導');
    expect(hrefs.map(slugOf).some((s) => simplified.includes(s))).toBe(true);
    await page.close();
  });

  test('an untitled report’s facts name it （无标题）, never by its file name', async () => {
    const untitled = reports.find((r) => r.report.title === null && r.report.facts.length);
    expect(untitled).toBeDefined();
    const { page } = await search('科技竞赛', base, 1280, '&tab=facts');
    const named = await page.locator('#sr-results a.sr-report').allTextContents();
    expect(named).toContain('（无标题）');
    expect(named.join(' ')).not.toContain(untitled!.slug);
    await page.close();
  });

  test('on a 390 px phone: filters behind a button, no empty image column, the first result on the first screen', async () => {
    const { page } = await search('督导', base, 390);
    expect(await page.locator('#sr-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const first = page.locator('#sr-results > li').first();
    const box = (await first.locator('.sr-title').boundingBox())!;
    expect(box.y + box.height).toBeLessThan(844);
    // A result without a photo uses the whole width.
    for (const li of await page.locator('#sr-results > li:not(.has-image)').all()) {
      expect(await li.locator('img').count()).toBe(0);
      const w = (await li.locator('.sr-excerpt').boundingBox())!.width;
      expect(w).toBeGreaterThan(300);
    }
    await page.locator('#sr-filters summary').click();
    await page.locator('#sr-filter-groups input[data-key="年份"]').first().check();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('年份'));
    await page.close();
  });

  test('a first search loads the reports\' index only: the facts come with the reports\' own fragments, filter files only when the panel opens', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'search-lazy-'));
    try {
      await cp(inject('distDir'), dir, { recursive: true });
      await buildSearchIndex({ siteDir: dir, reportsDir: inject('reportsDir'), minShardPages: 0 });
      const { server, url, traffic } = await serve(dir);
      try {
        // A phone: the filter panel starts closed.
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await page.goto(`${url}/search/?q=${encodeURIComponent('一等奖')}`);
        await page.locator('#sr-results > li.sr-report-result').first().waitFor();
        await page.waitForFunction(() => document.getElementById('sr-tab-facts')?.getAttribute('aria-busy') === 'false');
        const urls = () => traffic.urls.map((u) => u.url);
        // The facts count and the facts beneath the reports, with no fetch beyond the reports' search.
        expect(parseInt((await page.locator('#sr-n-facts').textContent()) ?? '', 10)).toBeGreaterThan(0);
        expect(await page.locator('#sr-results > li.sr-report-result .sr-facts li').count()).toBeGreaterThan(0);
        const fragments = urls().filter((u) => u.endsWith('.pf_fragment')).length;
        expect(fragments).toBeLessThanOrEqual(10);
        expect(urls().filter((u) => /\/pagefind\/facts-/.test(u))).toEqual([]);
        expect(urls().filter((u) => u.endsWith('.pf_filter'))).toEqual([]);
        await page.locator('#sr-filters summary').click();
        await page.locator('#sr-filter-groups input[data-key="年份"]').first().waitFor();
        expect(urls().some((u) => u.endsWith('.pf_filter'))).toBe(true);
        await page.close();
      } finally {
        server.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the first screen comes from the first-pass index before Pagefind has loaded; the full-text results then take its place', async () => {
    // Pagefind's script is held back at the server until the first screen is checked.
    let release = (): void => {};
    const held = new Promise<void>((r) => { release = r; });
    const { server, url, traffic } = await serve(inject('distDir'), (u) => (u.startsWith('/pagefind/pagefind.js') ? held : undefined));
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${url}/search/?q=${encodeURIComponent('督导')}`);
      await page.locator('#sr-results > li.sr-report-result').first().waitFor();
      expect(await page.locator('#sr-status').textContent()).toMatch(/^找到 \d+ 篇标题、摘要中有“督导”的报道，正在检索全文/);
      expect(await page.locator('#sr-n-reports').textContent()).toMatch(/^\d+\+$/);
      const served = traffic.urls.map((u) => u.url);
      expect(served.some((u) => u.startsWith('/pagefind/first/b/'))).toBe(true);
      expect(served.filter((u) => /\.pf_(meta|index|fragment)$|\/pagefind\/pagefind\.js/.test(u))).toEqual([]);
      const first = page.locator('#sr-results > li.sr-report-result').first();
      expect(await first.locator('.sr-title').textContent()).toContain('督导');
      expect((await first.locator('.sr-excerpt').textContent())?.length).toBeGreaterThan(0);
      release();
      await page.waitForFunction(() => document.getElementById('sr-tab-facts')?.getAttribute('aria-busy') === 'false');
      expect(await page.locator('#sr-status').textContent()).toMatch(/^找到 \d+ 篇报道/);
      expect(await page.locator('#sr-n-reports').textContent()).toMatch(/^\d+$/);
      expect(traffic.urls.some((u) => u.url.endsWith('.pf_meta'))).toBe(true);
      await page.close();
    } finally {
      release();
      server.close();
    }
  });

  test('an index in one shard per half-year: a search merges the shards that can hold its words, and a word in none loads no Pagefind', async () => {
    // The test build is small enough for one shard; index a copy of it one shard per year.
    const dir = await mkdtemp(path.join(tmpdir(), 'search-shards-'));
    try {
      await cp(inject('distDir'), dir, { recursive: true });
      const built = await buildSearchIndex({ siteDir: dir, reportsDir: inject('reportsDir'), minShardPages: 0 });
      const years = [...new Set(reports.map((r) => r.report.date?.slice(0, 4)).filter(Boolean))].sort();
      expect(built.shards.length).toBeGreaterThanOrEqual(years.length);
      const { server, url, traffic, resetTraffic } = await serve(dir);
      try {
        const q = '教育';
        const containing = reports.filter((r) => r.text.includes(q));
        expect(new Set(containing.map((r) => r.report.date?.slice(0, 4))).size, `years of the reports holding ${q}`).toBeGreaterThan(1);
        const { page, counts } = await search(q, url);
        // Every report holding the word is counted, whichever shard holds it.
        expect(counts.reports).toBeGreaterThanOrEqual(containing.length);
        // The year filter offers every year of every shard (filled once the panel is open).
        const yearFilters = () => page.locator('#sr-filter-groups input[data-key="年份"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).sort());
        await expect.poll(yearFilters).toEqual(years);
        // The archive's counts the panel shows come from the first-pass index; they are Pagefind's own, counted at build time.
        // A string, so the test runner's transform leaves the page's own import() alone.
        const [built, pagefinds] = (await page.evaluate(`Promise.all([fetch('/pagefind/first/filters.json').then((r) => r.json()), import('/search/pf/pagefind.js').then((m) => m.allFilters())])`)) as [unknown, unknown];
        expect(built).toEqual(pagefinds);
        await page.close();

        // A word in one year's reports only: the other years' shards are not opened, and every report holding it is found.
        const manifest = JSON.parse(await readFile(path.join(dir, 'pagefind/shards.json'), 'utf8')) as { shards: string[]; primary: string };
        const rare = rareWord(reports, manifest.shards);
        expect(rare, 'a word of one shard, not the newest').not.toBeNull();
        resetTraffic();
        const one = await search(rare!.word, url, 390);
        const opened = new Set(traffic.urls.map((u) => /^\/pagefind\/([^/]+)\/pagefind\.[^/]+\.pf_meta$/.exec(u.url)?.[1]).filter(Boolean));
        expect([...opened]).toEqual([rare!.shard]);
        const found = new Set(one.hrefs.map(slugOf));
        for (const r of rare!.reports) expect(found).toContain(r);
        await one.page.close();

        // With the filter panel open, a second search whose word lives in another shard counts
        // that shard's reports too (its filter files load when it is merged).
        const other = rareWord(reports.filter((r) => !rare!.reports.includes(r.slug)), manifest.shards.filter((k) => k !== rare!.shard));
        expect(other, 'a word of another shard').not.toBeNull();
        const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await wide.goto(`${url}/search/?q=${encodeURIComponent(rare!.word)}`);
        await wide.waitForFunction(() => document.getElementById('sr-filter-groups')?.dataset.counts === 'search');
        await wide.locator('#sr-q').fill(other!.word);
        await wide.waitForFunction((w) => new URL(location.href).searchParams.get('q') === w && document.getElementById('sr-tab-facts')?.getAttribute('aria-busy') === 'false', other!.word);
        const byYear = new Map<string, number>();
        for (const slug of other!.reports) {
          const y = reports.find((r) => r.slug === slug)?.report.date?.slice(0, 4);
          if (y) byYear.set(y, (byYear.get(y) ?? 0) + 1);
        }
        for (const [y, n] of byYear) {
          await expect.poll(() => wide.locator(`#sr-filter-groups input[data-key="年份"][value="${y}"] + .sr-option-count`).textContent()).toBe(`（${n} 篇）`);
        }
        await wide.close();

        // A word in no report: "nothing found" without loading Pagefind.
        resetTraffic();
        const none = await search('量子纠缠', url);
        expect(none.message).toContain('未找到');
        expect(none.hrefs).toEqual([]);
        expect(traffic.urls.filter((u) => /\.pf_(meta|index|fragment)$|\/pagefind\/pagefind\.js/.test(u.url))).toEqual([]);
        expect(traffic.urls.some((u) => u.url.startsWith('/pagefind/first/w/'))).toBe(true);
        await none.page.close();
      } finally {
        server.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
