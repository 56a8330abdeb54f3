/**
 * Issue 12, the site as readers and staff use it, at 390 px (a phone) and 1280 px: navigation
 * (成果库 everywhere, breadcrumb, back-to-top, every report under a 专题), sources credited
 * (来源, the original, JSON-LD, the copy field and QR code), the SITE_URL warning, screenshots
 * of every page type with no sideways scrolling, and axe on each of them.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, launchBrowser, reportsOnDisk, seedReport, type ReportOnDisk } from '../site/browser-helpers.ts';
import { OTHER_TOPIC, UNTITLED } from '../../src/consts.ts';
import { topicPath } from '../../src/lib/topics.ts';

const base = inject('baseUrl');
const WIDTHS = [390, 1280] as const;
const SHOTS = process.env.SCREENSHOT_DIR ?? path.join(tmpdir(), 'gaoxin-screenshots');
let browser: Browser;
let contexts: Record<number, BrowserContext>;
let axe: Record<number, BrowserContext>;
let reports: ReportOnDisk[];
let seed000: ReportOnDisk;
let sourced: ReportOnDisk;

beforeAll(async () => {
  browser = await launchBrowser();
  contexts = {};
  axe = {};
  for (const w of WIDTHS) {
    const viewport = { width: w, height: w < 600 ? 844 : 900 };
    contexts[w] = await browser.newContext({ viewport });
    // axe is injected as a script, which the CSP rightly blocks: its context bypasses the CSP.
    axe[w] = await browser.newContext({ viewport, bypassCSP: true });
  }
  reports = await reportsOnDisk(inject('reportsDir'));
  seed000 = seedReport(reports, '000_', 'site-fixture-000.txt');
  sourced = reports.find((r) => r.report.source.url && r.report.publisher)!;
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const PAGES = () => [
  { name: 'home', path: '/' },
  { name: 'report', path: `/reports/${seed000.slug}/` },
  { name: 'report-sourced', path: `/reports/${sourced.slug}/` },
  { name: 'topics', path: '/topics/' },
  { name: 'topic', path: topicPath(OTHER_TOPIC) },
  { name: 'years', path: '/years/' },
  { name: 'year', path: '/years/2022/' },
  { name: 'chengguo', path: '/chengguo/' },
  { name: 'chengguo-year', path: '/chengguo/2024/?q=一等奖' },
  { name: 'search', path: '/search/?q=一等奖' },
  { name: 'search-facts', path: '/search/?q=一等奖&tab=facts' },
  { name: 'about', path: '/about/' },
  { name: '404', path: '/no-such-page/' },
];

/** Waits for what a page's script fills in (search results, 成果库 rows), then opens its filters. */
async function settle(page: import('playwright-core').Page, name: string): Promise<void> {
  if (name === 'search') {
    await page.waitForFunction(() => /\d/.test(document.getElementById('sr-status')?.textContent ?? ''), null, { timeout: 20_000 });
    await page.waitForSelector('#sr-results > li');
    await page.locator('#sr-filters').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  }
  if (name === 'search-facts') {
    // The 数据 tab: one item a sentence, numbers in <mark> (issue 23).
    await page.waitForSelector('#sr-results > li.sr-fact', { timeout: 20_000 });
    await page.waitForFunction(() => document.getElementById('sr-results')?.getAttribute('aria-busy') === 'false');
  }
  if (name === 'chengguo-year') {
    await page.waitForFunction(() => /筛选出/.test(document.getElementById('cg-count')?.textContent ?? ''));
    await page.locator('#cg-filter-box').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  }
}

describe.each(WIDTHS)('at %i px', (width) => {
  test('every page type: 成果库 in the header, no sideways scrolling, a screenshot, axe clean (search and 成果库 with filters open)', async () => {
    for (const p of PAGES()) {
      const page = await contexts[width]!.newPage();
      await page.goto(base + p.path);
      await settle(page, p.name);
      const link = page.locator('.site-nav a[href="/chengguo/"]');
      expect(await link.innerText(), p.name).toBe('成果库');
      const box = await link.boundingBox();
      expect(box && box.x + box.width <= width && box.y < 200, `${p.name}: 成果库 link on the first screen`).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${p.name}: no sideways scroll`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SHOTS, `${p.name}-${width}.png`), fullPage: true });
      await page.close();

      const a = await axe[width]!.newPage();
      await a.goto(base + p.path);
      await settle(a, p.name);
      expect(await axeViolations(a), `axe on ${p.name} at ${width} px`).toEqual([]);
      await a.close();
    }
  });

  test('home links to the 成果库; a report has a breadcrumb, a back-to-top link and no script', async () => {
    const page = await contexts[width]!.newPage();
    await page.goto(`${base}/`);
    expect(await page.locator('main a[href="/chengguo/"]').count()).toBeGreaterThan(0);
    // Near the top too: on a phone the side column with the 成果库 block comes after the latest reports.
    expect((await page.locator('main a[href="/chengguo/"]').first().boundingBox())!.y).toBeLessThan(width < 600 ? 844 : 900);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${base}/reports/${seed000.slug}/`);
    const crumbs = await page.locator('nav.breadcrumb li').allInnerTexts();
    expect(crumbs.map((c) => c.replace(/^›\s*/, ''))).toEqual(['首页', `${seed000.report.date!.slice(0, 4)}年`, seed000.report.title]);
    expect(await page.locator('nav.breadcrumb a').nth(1).getAttribute('href')).toBe(`/years/${seed000.report.date!.slice(0, 4)}/`);
    await page.locator('.back-to-top a').scrollIntoViewIfNeeded();
    await page.locator('.back-to-top a').click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    expect(scripts).toEqual([]);
    await page.close();
  });

  test('本文数据 leads to this report’s facts in the 成果库', async () => {
    const page = await contexts[width]!.newPage();
    await page.goto(`${base}/reports/${seed000.slug}/`);
    await page.locator('.key-figures summary').click();
    await page.locator('.kf-chengguo a').click();
    await page.waitForURL(/\/chengguo\/2024\/\?report=/);
    await page.waitForFunction(() => /筛选出/.test(document.getElementById('cg-count')?.textContent ?? ''));
    const links = await page.locator('#cg-rows td.cg-report a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set([`/reports/${seed000.slug}/`]));
    await page.close();
  });

  test('来源与分享: publisher, the original, the address to copy and a QR code; JSON-LD publisher and isBasedOn', async () => {
    const page = await contexts[width]!.newPage();
    await page.goto(`${base}/reports/${sourced.slug}/`);
    const source = page.locator('.report-source');
    expect(await source.locator('dd').first().innerText()).toBe(sourced.report.publisher);
    expect(await source.locator('a.original-link').getAttribute('href')).toBe(sourced.report.source.url);
    expect(await page.locator('.byline').innerText()).toContain(`来源：${sourced.report.publisher}`);
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
    expect(await page.locator('#share-url').inputValue()).toBe(canonical);
    // The field selects whole on focus-and-select, so a phone's long press copies the address.
    expect(await page.locator('label[for="share-url"]').innerText()).toContain('复制');
    await page.locator('.share-qr summary').click();
    const qr = page.locator('.share-qr svg');
    expect(await qr.getAttribute('aria-label')).toBeTruthy();
    expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(120);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.publisher.name).toBe(sourced.report.publisher);
    expect(ld.isBasedOn.url).toBe(sourced.report.source.url);
    await page.close();
  });
});

test('every report is reachable from 专题; reports with no topic are under 其他', async () => {
  const page = await contexts[1280]!.newPage();
  await page.goto(`${base}/topics/`);
  const topicLinks = await page.locator('main a[href^="/topics/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(topicLinks).toContain(topicPath(OTHER_TOPIC));
  const reached = new Set<string>();
  const queue = [...new Set(topicLinks)];
  const seen = new Set(queue);
  for (let href = queue.shift(); href; href = queue.shift()) {
    await page.goto(base + href);
    for (const r of await page.locator('main .report-list a[href^="/reports/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) reached.add(r);
    for (const next of await page.locator('.pagination a[href^="/topics/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      if (!seen.has(next)) queue.push(next), seen.add(next);
    }
  }
  expect([...reached].sort()).toEqual(reports.map((r) => `/reports/${r.slug}/`).sort());
  await page.goto(base + topicPath(OTHER_TOPIC));
  const listed = await page.locator('main .report-list a[href^="/reports/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(new Set(listed)).toEqual(new Set(reports.filter((r) => r.report.topics.length === 0).map((r) => `/reports/${r.slug}/`)));
  // An untitled report is named as everywhere else on the site, never by its file name.
  expect(await page.locator('main').innerText()).toContain(UNTITLED);
  await page.close();
});

test('a build on the placeholder domain warns, naming SITE_URL', async () => {
  const log = await readFile(path.join(path.dirname(inject('distDir')), 'build.log'), 'utf8');
  expect(log).toMatch(/SITE_URL 未设置.*edu\.cqgxq\.example/);
});
