/**
 * The built site in headless Chromium: home, both seed reports, the photo fixture, a topic
 * page, a year page and the 404 — headings, figures, fact boxes, lang, JSON-LD, CSP, axe,
 * and no broken internal link anywhere in dist.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  brokenInternalLinks,
  launchBrowser,
  reportsOnDisk,
  seedReport,
  type ReportOnDisk,
} from '../site/browser-helpers.ts';
import { topicPath } from '../../src/lib/topics.ts';
import { statedDateIso } from '../../src/lib/dates.ts';

const base = inject('baseUrl');
let browser: Browser;
let strict: BrowserContext;
let axeContext: BrowserContext;
let reports: ReportOnDisk[];
let seed000: ReportOnDisk;
let seed004: ReportOnDisk;
let photoReport: ReportOnDisk;

beforeAll(async () => {
  browser = await launchBrowser();
  strict = await browser.newContext();
  // axe is injected as a script, which the site's CSP rightly blocks: run it in a context that bypasses CSP.
  axeContext = await browser.newContext({ bypassCSP: true });
  reports = await reportsOnDisk(inject('reportsDir'));
  seed000 = seedReport(reports, '000_', 'site-fixture-000.txt');
  seed004 = seedReport(reports, '004_', 'site-fixture-004.txt');
  photoReport = reports.find((r) => r.report.source.file === 'site-fixture-photos.txt')!;
});

afterAll(async () => {
  await browser?.close();
});

interface Visit {
  page: Page;
  status: number;
  scripts: string[];
  cspViolations: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await strict.newPage();
  const scripts: string[] = [];
  const cspViolations: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  const res = await page.goto(base + path, { waitUntil: 'load' });
  return { page, status: res?.status() ?? 0, scripts, cspViolations };
}

const PAGES = () => [
  { name: 'home', path: '/' },
  { name: 'seed 000 report', path: `/reports/${seed000.slug}/` },
  { name: 'seed 004 report', path: `/reports/${seed004.slug}/` },
  { name: 'photo report', path: `/reports/${photoReport.slug}/` },
  { name: 'topic page', path: topicPath('智慧教育') },
  { name: 'year page', path: '/years/2024/' },
  { name: 'about page', path: '/about/' },
  { name: '404', path: '/no-such-page/' },
];

describe('every page type', () => {
  test('is Chinese, has one h1, passes its CSP and axe', async () => {
    for (const p of PAGES()) {
      const v = await visit(p.path);
      expect(v.status, p.name).toBe(p.name === '404' ? 404 : 200);
      expect(await v.page.getAttribute('html', 'lang'), p.name).toBe('zh-CN');
      expect(await v.page.locator('h1').count(), p.name).toBe(1);
      const csp = await v.page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(csp, p.name).toMatch(/script-src 'self'/);
      expect(csp, p.name).not.toMatch(/'unsafe-inline'/);
      expect(v.cspViolations, p.name).toEqual([]);
      expect(await v.page.locator('form[role="search"][action="/search/"] input[name="q"]').count()).toBe(1);
      await v.page.close();

      const a = await axeContext.newPage();
      await a.goto(base + p.path);
      expect(await axeViolations(a), `axe on ${p.name}`).toEqual([]);
      await a.close();
    }
  });
});

describe('report pages', () => {
  test('seed 000: title, section headings with subheadings, figures without photos, the 数说 box', async () => {
    const { page, scripts } = await visit(`/reports/${seed000.slug}/`);
    expect(await page.locator('h1').innerText()).toBe(seed000.report.title);
    const h2 = await page.locator('.report-body hgroup h2').allInnerTexts();
    expect(h2.length).toBeGreaterThanOrEqual(3);
    expect(h2).toContain('坚持“第一标准”');
    expect(await page.locator('.report-body hgroup .section-dek').count()).toBe(h2.length);
    // Every photo-less figure is there as its 图片说明 line, none shows a broken image or an empty box.
    for (const fig of seed000.report.figures) {
      const el = page.locator(`.caption-note#${fig.id}`);
      expect(await el.innerText()).toContain(fig.caption);
      expect(await el.locator('img').count()).toBe(0);
    }
    expect(await page.locator('.report-body figure').count()).toBe(0);
    // The box: one card per item, a number card reads as one phrase.
    const box = seed000.report.factBoxes[0]!;
    expect((await page.locator('.fact-box-title').innerText()).trim()).toBe(box.title);
    expect(await page.locator('.fact-card').count()).toBe(box.items.length);
    const satisfaction = seed000.report.facts.find((f) => f.inBox && f.text === '97.3%')!;
    expect(await page.getByRole('group', { name: `97.3%，${satisfaction.subject}` }).count()).toBe(1);
    // Every fact's anchor lands on an element of the page.
    for (const fact of seed000.report.facts) expect(await page.locator(`[id="${fact.anchor}"]`).count(), fact.anchor).toBe(1);
    // The inferred month date is marked.
    expect((await page.locator('.byline time').innerText()).trim()).toBe('约2024年9月');
    expect(await page.locator('nav.toc li').count()).not.toBe(0);
    expect(scripts).toEqual([]);
    await page.close();
  });

  test('seed 004: kicker, inferred day date, no provenance for readers (source file, checksum, removed lines)', async () => {
    const { page, scripts } = await visit(`/reports/${seed004.slug}/`);
    expect((await page.locator('.report-header .kicker').innerText()).trim()).toBe(seed004.report.kicker!);
    expect((await page.locator('.byline time').innerText()).trim()).toBe('约2021年6月11日');
    // The review material is the desk's (npm run desk): none of it on the public page, in text or markup.
    expect(seed004.report.removed.length).toBeGreaterThan(0);
    const html = await page.content();
    expect(html).not.toContain(seed004.report.source.sha256);
    expect(html).not.toContain(seed004.report.source.file);
    expect(html).not.toContain(seed004.report.removed[0]!.text);
    expect(await page.locator('.provenance').count()).toBe(0);
    expect(await page.locator('.report-source dd').first().innerText()).toBe(seed004.report.publisher ?? '原稿未注明');
    expect(await page.locator('.report-body p[id^="p-"]').count()).toBeGreaterThan(3);
    expect(scripts).toEqual([]);
    await page.close();
  });

  test('JSON-LD NewsArticle parses with the required fields', async () => {
    for (const r of [seed000, seed004, photoReport]) {
      const { page } = await visit(`/reports/${r.slug}/`);
      const raw = await page.locator('script[type="application/ld+json"]').textContent();
      const ld = JSON.parse(raw!);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(r.report.title);
      // A stated date as precise as known; an inferred one is left out (tests/browser/honest-dates.test.ts).
      expect(ld.datePublished).toBe(statedDateIso(r.report) ?? undefined);
      expect(ld.inLanguage).toBe('zh-CN');
      expect(ld.mainEntityOfPage['@id']).toMatch(new RegExp(`/reports/${r.slug}/$`));
      expect(ld.author.length).toBeGreaterThan(0);
      expect(ld.publisher.name).toBeTruthy();
      await page.close();
    }
  });

  test('photos: AVIF and WebP sources, width/height, lazy below the fold, placeholder, 1200×630 Open Graph image', async () => {
    const { page } = await visit(`/reports/${photoReport.slug}/`);
    const first = page.locator('figure#fig-1');
    expect(await first.locator('source[type="image/avif"]').count()).toBe(1);
    expect(await first.locator('source[type="image/webp"]').count()).toBe(1);
    const img = first.locator('picture img');
    expect(await img.getAttribute('width')).toBeTruthy();
    expect(await img.getAttribute('height')).toBeTruthy();
    expect(await img.getAttribute('alt')).toBe(photoReport.report.figures[0]!.caption);
    expect(await img.getAttribute('loading')).toBe('eager');
    expect(await page.locator('figure#fig-2 picture img').getAttribute('loading')).toBe('lazy');
    expect(await first.locator('img.photo-placeholder').getAttribute('src')).toMatch(/^data:image\/webp;base64,/);
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    // A figure without a photo is only its caption, as a 图片说明 line.
    expect(await page.locator('#fig-3 img').count()).toBe(0);
    expect(await page.locator('.caption-note#fig-3').count()).toBe(1);
    const og = await page.getAttribute('meta[property="og:image"]', 'content');
    const ogPage = await strict.newPage();
    await ogPage.goto(base + new URL(og!).pathname);
    const size = await ogPage.evaluate(() => {
      const i = document.querySelector('img')!;
      return [i.naturalWidth, i.naturalHeight];
    });
    expect(size).toEqual([1200, 630]);
    await ogPage.close();
    await page.close();
  });
});

describe('listing pages', () => {
  test('home lists the latest reports and links to topics and years', async () => {
    const { page } = await visit('/');
    expect(await page.locator('.report-card').count()).toBeGreaterThan(0);
    expect(await page.locator(`a[href="${topicPath('智慧教育')}"]`).first().isVisible()).toBe(true);
    expect(await page.locator('a[href="/years/2024/"]').first().isVisible()).toBe(true);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await page.close();
  });

  test('a year with more than a page of reports is paginated', async () => {
    const { page } = await visit('/years/2022/');
    expect(await page.locator('.report-card').count()).toBe(20);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/\/years\/2022\/2\/$/);
    expect(await page.locator('.report-card').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('a topic page lists exactly the reports with that topic', async () => {
    const { page } = await visit(topicPath('智慧教育'));
    const expected = reports.filter((r) => r.report.topics.includes('智慧教育')).length;
    expect(await page.locator('.report-card').count()).toBe(Math.min(expected, 20));
    await page.close();
  });
});

test('no broken internal link anywhere in dist', async () => {
  expect(await brokenInternalLinks(inject('distDir'))).toEqual([]);
});
