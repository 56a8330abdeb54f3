/**
 * Issue 23, three small findings, each at 390 px (a phone) and 1280 px: a figure without a
 * photo reads as a plain 图片说明 line (no empty box, paragraph anchors unchanged); the
 * 责任编辑 shows on the report page and is not searchable; the search page's 年份 and 专题
 * options carry their counts (the archive's, or the current search's), and the page still answers with JavaScript off.
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, reportsOnDisk, type ReportOnDisk } from '../site/browser-helpers.ts';
import { openSearch } from './search-helpers.ts';
import { shownTopics } from '../../src/lib/topics.ts';

const base = inject('baseUrl');
const WIDTHS = [390, 1280] as const;
const SHOTS = process.env.SCREENSHOT_DIR ?? path.join(tmpdir(), 'gaoxin-screenshots');
let browser: Browser;
let reports: ReportOnDisk[];
let photoReport: ReportOnDisk;

beforeAll(async () => {
  browser = await launchBrowser();
  reports = await reportsOnDisk(inject('reportsDir'));
  photoReport = reports.find((r) => r.report.source.file === 'site-fixture-photos.txt')!;
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function open(width: number, url: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(base + url, { waitUntil: 'load' });
  return page;
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** `n` reports per value: what a filter's count must say. */
function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

describe.each(WIDTHS)('%i px', (width) => {
  test('a figure without a photo is a plain 图片说明 line in the flow: no box, no image; the paragraphs keep their anchors', async () => {
    const page = await open(width, `/reports/${photoReport.slug}/`);
    const fig = photoReport.report.figures.find((f) => f.image === null)!;
    const note = page.locator(`#${fig.id}`);
    expect(await note.evaluate((e) => e.tagName)).toBe('DIV');
    expect(await note.getAttribute('class')).toBe('caption-note');
    expect((await note.innerText()).trim()).toBe(`图片说明：${fig.caption}`);
    expect(await note.locator('img, picture').count()).toBe(0);
    // No box: no border, no background, no padding around it.
    const style = await note.evaluate((e) => {
      const s = getComputedStyle(e);
      return { border: s.borderLeftWidth, background: s.backgroundColor, padding: s.paddingLeft };
    });
    expect(style).toEqual({ border: '0px', background: 'rgba(0, 0, 0, 0)', padding: '0px' });
    // It sits where the figure was (after its paragraph) and is no paragraph itself.
    expect(await note.evaluate((e) => e.previousElementSibling?.id)).toBe(`p-${fig.afterParagraph}`);
    const ids = await page.locator('.report-body p[id^="p-"]').evaluateAll((ps) => ps.map((p) => p.id));
    expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));
    expect(ids).toHaveLength(4);
    for (const fact of photoReport.report.facts) expect(await page.locator(`p[id="${fact.anchor}"]`).count(), fact.anchor).toBe(1);
    // The figures with photos are still figures.
    expect(await page.locator('.report-body figure').count()).toBe(photoReport.report.figures.filter((f) => f.image).length);
    expect(await noSidewaysScroll(page)).toBe(true);
    await note.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `issue23-caption-note-${width}.png`) });
    await page.context().close();
  });

  test('责任编辑 is shown after the report, marked out of the search index, and a search for the name does not find the report', async () => {
    expect(photoReport.report.editor).toBe('柯晓岚');
    const page = await open(width, `/reports/${photoReport.slug}/`);
    const editor = page.locator('.report-footer .report-editor');
    expect((await editor.innerText()).trim()).toBe('责任编辑：柯晓岚');
    expect(await editor.isVisible()).toBe(true);
    expect(await editor.evaluate((e) => e.closest('[data-pagefind-ignore]') !== null)).toBe(true);
    expect(await noSidewaysScroll(page)).toBe(true);
    await editor.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `issue23-editor-${width}.png`) });
    await page.context().close();
    // A report without an editor has no empty 责任编辑 line.
    const other = reports.find((r) => r.report.editor === null)!;
    const plain = await open(width, `/reports/${other.slug}/`);
    expect(await plain.locator('.report-editor').count()).toBe(0);
    await plain.context().close();

    const control = await openSearch(browser, '巡线小车', base, width);
    expect(control.hrefs).toContain(`/reports/${photoReport.slug}/`);
    await control.page.close();
    const byEditor = await openSearch(browser, '柯晓岚', base, width);
    expect(byEditor.hrefs).not.toContain(`/reports/${photoReport.slug}/`);
    await byEditor.page.close();
  });

  /** The filter panel opened and its options read: value, label text and the count shown. */
  async function filterOptionsShown(page: Page, counts: 'search' | 'archive') {
    const filters = page.locator('#sr-filters');
    if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('#sr-filters summary').click();
    await page.locator('#sr-filter-groups input[data-key="专题"]').first().waitFor();
    await page.locator(`#sr-filter-groups[data-counts="${counts}"]`).waitFor();
    const shown = (key: string) =>
      page.locator(`#sr-filter-groups input[data-key="${key}"]`).evaluateAll((boxes) =>
        boxes.map((b) => ({ value: (b as HTMLInputElement).value, label: b.parentElement!.textContent!.trim(), count: b.parentElement!.querySelector('.sr-option-count')?.textContent })),
      );
    const years = await shown('年份');
    const topics = await shown('专题');
    for (const o of [...years, ...topics]) expect(o.label).toBe(`${o.value}${o.count}`);
    const counted = (options: { value: string; count?: string | null }[]) =>
      Object.fromEntries(options.map((o) => [o.value, Number(/^（(\d+) 篇）$/.exec(o.count ?? '')?.[1])]));
    return { years, topics, yearCounts: counted(years), topicCounts: counted(topics), note: await page.locator('.sr-count-note').textContent() };
  }
  const yearOf = (r: ReportOnDisk) => (r.report.date ? [r.report.date.slice(0, 4)] : []);

  test('without a query, the 年份 and 专题 options show how many reports each holds', async () => {
    const page = await open(width, '/search/');
    const { years, yearCounts, topicCounts, note } = await filterOptionsShown(page, 'archive');
    expect(yearCounts).toEqual(tally(reports.flatMap(yearOf)));
    expect(topicCounts).toEqual(tally(reports.flatMap((r) => shownTopics(r.report.topics))));
    expect(note).toBe('括号内为全部报道数。');
    // Years newest first.
    expect(years.map((y) => y.value)).toEqual(years.map((y) => y.value).sort().reverse());
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, `issue23-filters-${width}.png`), fullPage: width >= 600 });
    await page.context().close();
  });

  test('with a query, the counts are of the reports it found; a value it lacks shows 0', async () => {
    const { page, hrefs, counts } = await openSearch(browser, '机器人', base, width);
    // Few enough results that the first page lists them all.
    expect(counts.reports).toBeGreaterThan(0);
    expect(counts.reports).toBe(hrefs.length);
    const found = hrefs.map((h) => reports.find((r) => h === `/reports/${r.slug}/`)!);
    const { yearCounts, topicCounts, note } = await filterOptionsShown(page, 'search');
    const zero = (o: Record<string, number>) => Object.fromEntries(Object.keys(o).map((k) => [k, 0]));
    const all = tally(reports.flatMap(yearOf));
    expect(yearCounts).toEqual({ ...zero(all), ...tally(found.flatMap(yearOf)) });
    expect(topicCounts).toEqual({ ...zero(topicCounts), ...tally(found.flatMap((r) => shownTopics(r.report.topics))) });
    expect(Object.values(yearCounts).some((n) => n === 0)).toBe(true);
    expect(note).toBe('括号内为本次搜索的报道数。');
    // Clearing the query brings the archive's counts back.
    await page.locator('#sr-q').fill('');
    await page.locator('.sr-form button[type="submit"]').click();
    expect((await filterOptionsShown(page, 'archive')).yearCounts).toEqual(all);
    expect(await page.locator('.sr-count-note').textContent()).toBe('括号内为全部报道数。');
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.close();
  });

  test('with JavaScript off the search page is still the form that searches (a GET to itself), with no filter counts', async () => {
    const page = await open(width, '/search/', false);
    // Playwright turns scripts off for execution only; its parser still reads <noscript> as
    // text, so the notice is checked in the markup, not for visibility.
    expect(await page.locator('noscript').evaluate((n) => n.textContent)).toContain('搜索需要浏览器启用 JavaScript。');
    await page.locator('#sr-q').fill('督导');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('.sr-form button[type="submit"]').click()]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('督导');
    expect(await page.locator('#sr-q').count()).toBe(1);
    expect(await page.locator('.sr-option-count').count()).toBe(0);
    await page.context().close();
  });
});
