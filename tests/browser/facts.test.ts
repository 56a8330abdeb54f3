/**
 * 成果库, 本文数据 and the exports in headless Chromium, against the shared test build
 * (tests/browser/global-setup.ts). Expectations are computed from the report files the
 * build used, through the same achievements module, so the test follows the content.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { axeViolations, launchBrowser, reportsOnDisk, type ReportOnDisk } from '../site/browser-helpers.ts';
import { allAchievements, EXPORT_COLUMNS, type Achievement } from '../../src/lib/chengguo/achievements.ts';
import { visibleFacts as reportFacts } from '../../src/lib/fact-view.ts';
import { byYear } from '../../src/lib/chengguo/chengguo-data.ts';
import { reportPath } from '../../src/lib/topics.ts';
import { dateIso, dateLabel } from '../../src/lib/dates.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let reports: ReportOnDisk[];
let all: Achievement[];
let years: Map<string, Achievement[]>;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  reports = await reportsOnDisk(inject('reportsDir'));
  all = allAchievements(
    reports.map(({ slug, report }) => ({ slug, url: reportPath(slug), date: dateIso(report), dateLabel: dateLabel(report), year: report.date?.slice(0, 4) ?? null, data: { ...report, facts: reportFacts(report) } })),
  );
  years = byYear(all);
});

afterAll(async () => {
  await browser?.close();
});

/** The year with the most facts: the richest page to filter. */
function busiestYear(): [string, Achievement[]] {
  return [...years].sort((a, b) => b[1].length - a[1].length)[0]!;
}

describe('成果库', () => {
  test('filters by year, then by level; sorts by value; a row leads to its paragraph with the number highlighted', async () => {
    const [year, rows] = busiestYear();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(`${base}/chengguo/`);
    await page.getByRole('navigation', { name: '按年份' }).getByRole('link', { name: new RegExp(`^${year}年`) }).click();
    await page.waitForURL(`**/chengguo/${year}/`);
    await expect.poll(() => page.locator('#cg-count').innerText()).toBe(`共 ${rows.length} 条`);
    const dates = await page.locator('#cg-rows .cg-date').allInnerTexts();
    expect(dates.length).toBe(Math.min(rows.length, 100));
    // Dates as the pages show them: 2024年9月, 约2021年6月11日 (an inferred date says so).
    for (const d of dates) expect(d.replace(/^约/, '').startsWith(`${year}年`)).toBe(true);

    // Level: pick one that narrows the list when there is one.
    const levels = [...new Set(rows.map((r) => r.level).filter((l): l is NonNullable<typeof l> => l !== null))];
    expect(levels.length).toBeGreaterThan(0);
    const level = levels.sort((a, b) => rows.filter((r) => r.level === a).length - rows.filter((r) => r.level === b).length)[0]!;
    const expected = rows.filter((r) => r.level === level);
    await page.getByLabel('级别').selectOption(level);
    await expect.poll(() => page.locator('#cg-count').innerText()).toBe(expected.length === rows.length ? `共 ${rows.length} 条` : `筛选出 ${expected.length} 条（本年共 ${rows.length} 条）`);
    const levelCells = await page.locator('#cg-rows tr td:nth-child(5)').allInnerTexts();
    expect(levelCells).toEqual(expected.map(() => level));
    expect(page.url()).toContain(`level=${encodeURIComponent(level)}`);

    // Back to all levels, sorted by value, largest first.
    await page.getByLabel('级别').selectOption('');
    await page.getByLabel('排序').selectOption('value-desc');
    const values = (await page.locator('#cg-rows tr').evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.value))));
    expect(values).toEqual([...rows.map((r) => r.value)].sort((a, b) => b - a).slice(0, values.length));

    // The text filter narrows to a subject (the fact's own words; the report title has its own filter).
    const probe = rows.find((r) => r.subject.length >= 2)!;
    await page.getByLabel('数据中的文字').fill(probe.subject);
    await expect.poll(() => page.locator('#cg-rows tr').count()).toBeGreaterThan(0);
    const matching = rows.filter((r) => [r.text, r.subject, r.unit, r.period ?? '', r.sentence].join(' ').includes(probe.subject));
    await expect.poll(() => page.locator('#cg-rows tr').count()).toBe(Math.min(matching.length, 100));
    await page.getByLabel('数据中的文字').fill('');

    // The first (largest) body fact row leads to its paragraph.
    const top = [...rows].filter((r) => r.url.includes('#p-')).sort((a, b) => b.value - a.value)[0]!;
    const link = page.locator(`#cg-rows a[href="${top.url}"]`).first();
    await link.click();
    await page.waitForURL(`**${top.url}`);
    const anchor = top.url.split('#')[1]!;
    const target = page.locator(`[id="${anchor}"]`);
    expect(await target.count()).toBe(1);
    expect(await target.innerText()).toContain(top.text);
    const mark = target.locator('.fact-num', { hasText: top.text }).first();
    const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a year page fetches its data only when a filter is used', async () => {
    const [year, rows] = busiestYear();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => r.url().endsWith('/data.json') && fetched.push(r.url()));
    await page.goto(`${base}/chengguo/${year}/`);
    await page.waitForLoadState('networkidle');
    // The newest rows are in the page itself; the year's JSON is not downloaded on arrival.
    expect(fetched).toEqual([]);
    expect(await page.locator('#cg-rows tr').count()).toBe(Math.min(rows.length, 50));
    await page.getByLabel('排序').selectOption('value-desc');
    await expect.poll(() => fetched.length).toBe(1);
    // The fetch starting is not the table redrawn: wait for the rows themselves (a loaded machine is slow to render).
    const sorted = [...rows.map((r) => r.value)].sort((a, b) => b - a).slice(0, Math.min(rows.length, 50));
    await expect
      .poll(() => page.locator('#cg-rows tr').evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.value))))
      .toEqual(sorted);
    await page.close();
  });

  test('a deep link restores the filters', async () => {
    const [year, rows] = busiestYear();
    const category = rows[0]!.category;
    const page = await context.newPage();
    await page.goto(`${base}/chengguo/${year}/?category=${encodeURIComponent(category)}&sort=value-asc`);
    const n = rows.filter((r) => r.category === category).length;
    await expect.poll(() => page.locator('#cg-count').innerText()).toContain(`${n} 条`);
    expect(await page.getByLabel('类别').inputValue()).toBe(category);
    const values = await page.locator('#cg-rows tr').evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.value)));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await page.close();
  });

  test('the text filter searches the fact’s own words, not its report’s title; the title has its own filter', async () => {
    const [year, rows] = busiestYear();
    const word = '一等奖';
    const own = (a: Achievement) => [a.text, a.subject, a.unit, a.period ?? '', a.sentence].join(' ').includes(word);
    expect(rows.some((a) => !own(a) && a.reportTitle.includes(word)) || rows.some(own)).toBe(true);
    const page = await context.newPage();
    await page.goto(`${base}/chengguo/${year}/?q=${encodeURIComponent(word)}`);
    await expect.poll(() => page.locator('#cg-count').innerText()).toContain(`筛选出 ${rows.filter(own).length} 条`);
    const titleWord = rows[0]!.reportTitle.slice(0, 4);
    await page.goto(`${base}/chengguo/${year}/?title=${encodeURIComponent(titleWord)}`);
    await expect.poll(() => page.locator('#cg-count').innerText()).toContain(`筛选出 ${rows.filter((a) => a.reportTitle.includes(titleWord)).length} 条`);
    await page.close();
  });

  test('下载当前筛选 (CSV) saves exactly the filtered rows, made in the browser', async () => {
    const [year, rows] = busiestYear();
    const level = rows.find((a) => a.level)!.level!;
    const expected = rows.filter((a) => a.level === level);
    const page = await context.newPage();
    const requests: string[] = [];
    await page.goto(`${base}/chengguo/${year}/?level=${encodeURIComponent(level)}`);
    await expect.poll(() => page.locator('#cg-count').innerText()).toContain(`筛选出 ${expected.length} 条`);
    page.on('request', (r) => requests.push(r.url()));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cg-csv').click()]);
    const text = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((s) => {
        const parts: Buffer[] = [];
        s.on('data', (d: Buffer) => parts.push(d)).on('end', () => resolve(Buffer.concat(parts).toString('utf8'))).on('error', reject);
      }, reject);
    });
    expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual(EXPORT_COLUMNS.map(([, h]) => h));
    expect(records.length).toBe(expected.length);
    expect(new Set(records.map((r) => r['级别']))).toEqual(new Set([level]));
    expect(records.map((r) => r['原句']).sort()).toEqual(expected.map((a) => a.sentence).sort());
    await page.close();
  });

  for (const width of [390, 1280]) {
    test(`the overview's column headers keep their words on one line at ${width} px; only the table scrolls`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await ctx.newPage();
      await page.goto(`${base}/chengguo/`);
      const lines = await page.locator('.cg-summary thead th').evaluateAll((ths) =>
        ths.map((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          // One rect per line box the text occupies.
          return [th.textContent ?? '', new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size] as const;
        }),
      );
      expect(lines.length).toBe(9);
      for (const [text, n] of lines) expect(n, text).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await ctx.close();
    });
  }

  test('below 600 px rows are cards: the subject gets the width, not a squeezed column', async () => {
    const [year] = busiestYear();
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${base}/chengguo/${year}/`);
    // Filters fold into one line on a phone, so the rows start on the first screen.
    expect(await page.locator('#cg-filter-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await page.locator('#cg-rows tr').first().boundingBox())!.y).toBeLessThan(844);
    // The header row is there for screen readers only (1 px, clipped).
    expect((await page.locator('.cg-table thead').boundingBox())!.height).toBeLessThanOrEqual(1);
    const subject = page.locator('#cg-rows tr td[data-label="统计对象"]').first();
    expect((await subject.boundingBox())!.width).toBeGreaterThan(150);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });

  test('the 成果库 pages pass axe and load only their own script', async () => {
    const [year] = busiestYear();
    // axe is injected as a script, which the CSP rightly blocks: this context bypasses CSP.
    const axeContext = await browser.newContext({ bypassCSP: true });
    for (const path of ['/chengguo/', `/chengguo/${year}/`]) {
      const page = await axeContext.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      await page.goto(base + path);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), path).toEqual([]);
      expect(scripts, path).toEqual(path === '/chengguo/' ? [] : ['/chengguo/chengguo.js']);
      await page.close();
    }
    await axeContext.close();
  });
});

describe('report pages', () => {
  test('本文数据 lists the body figures, each linking to its paragraph', async () => {
    const withBody = reports.find((r) => reportFacts(r.report).some((f) => !f.inBox))!;
    const facts = reportFacts(withBody.report).filter((f) => !f.inBox);
    const page = await context.newPage();
    await page.goto(`${base}${reportPath(withBody.slug)}`);
    const box = page.getByRole('complementary', { name: '本文数据' });
    // Closed at first (one line above the article), its figures one click away.
    expect(await box.locator('details').getAttribute('open')).toBeNull();
    const links = box.locator('ul').getByRole('link');
    expect(await box.getByRole('link').count()).toBe(0);
    await box.locator('summary').click();
    // Besides the figures, one link to this report's facts in the 成果库 (readers.test.ts follows it).
    expect(await box.locator('.kf-chengguo a').getAttribute('href')).toMatch(/^\/chengguo\/\d{4}\/\?report=/);
    expect(await links.count()).toBe(facts.length);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(facts.map((f) => `#${f.anchor}`));
    await links.first().click();
    expect(page.url().endsWith(`#${facts[0]!.anchor}`)).toBe(true);
    expect(await page.locator(`[id="${facts[0]!.anchor}"] .fact-num`, { hasText: facts[0]!.text }).count()).toBeGreaterThan(0);
    await page.close();
  });

  test('on a 390 px phone the first paragraph starts on the first screen, below a one-line 本文数据', async () => {
    const withBody = reports.find((r) => reportFacts(r.report).filter((f) => !f.inBox).length >= 10)!;
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await phone.newPage();
    await page.goto(`${base}${reportPath(withBody.slug)}`);
    const summary = await page.locator('.key-figures summary').boundingBox();
    const first = await page.locator('[id="p-1"]').boundingBox();
    expect(summary!.height).toBeLessThan(80);
    expect(first!.y).toBeLessThan(844);
    await phone.close();
  });

  test('数说 cards are announced as one phrase: "97.3%，教育的社会满意度"', async () => {
    const boxed = reports.filter((r) => reportFacts(r.report).some((f) => f.inBox));
    expect(boxed.length).toBeGreaterThan(0);
    const page = await context.newPage();
    for (const r of boxed) {
      await page.goto(`${base}${reportPath(r.slug)}`);
      for (const f of reportFacts(r.report).filter((x) => x.inBox)) {
        expect(await page.getByRole('group', { name: `${f.text}，${f.subject}`, exact: true }).count(), f.text).toBe(1);
      }
    }
    // The seed as ingest writes it (content/reports is part of the test build): the wording the issue asks for.
    const seed = reports.find((r) => r.report.source.file.startsWith('000_'));
    expect(seed, 'seed 000 in content/reports').toBeDefined();
    await page.goto(`${base}${reportPath(seed!.slug)}`);
    expect(await page.getByRole('group', { name: '97.3%，教育的社会满意度', exact: true }).count()).toBe(1);
    await page.close();
  });
});

describe('exports', () => {
  test('achievements.csv parses back with the right Chinese text and numbers', async () => {
    const res = await fetch(`${base}/achievements.csv`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(Buffer.from(bytes), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(EXPORT_COLUMNS.map(([, h]) => h));
    expect(rows).toHaveLength(all.length);
    rows.forEach((row, i) => {
      const a = all[i]!;
      expect(row['报道标题']).toBe(a.reportTitle);
      expect(Number(row['数值'])).toBe(a.value);
      expect(row['单位']).toBe(a.unit);
      expect(row['统计对象']).toBe(a.subject);
      expect(row['原句']).toBe(a.sentence);
      expect(new URL(row['链接']!).pathname + new URL(row['链接']!).hash).toBe(a.url);
    });
  });

  test('achievements.json and a report facts.json carry the same fields', async () => {
    const json = (await (await fetch(`${base}/achievements.json`)).json()) as Record<string, unknown>[];
    expect(json).toHaveLength(all.length);
    expect(Object.keys(json[0]!)).toEqual(EXPORT_COLUMNS.map(([k]) => k));
    const r = reports.find((x) => reportFacts(x.report).length > 0)!;
    const one = (await (await fetch(`${base}${reportPath(r.slug)}facts.json`)).json()) as { facts: { value: number }[] };
    expect(one.facts.map((f) => f.value)).toEqual(reportFacts(r.report).map((f) => f.value));
  });
});
