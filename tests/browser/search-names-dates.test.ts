/**
 * Search by person and honest dates on the search page (issue 23), in headless Chromium against
 * the test build, at 390 px (a phone) and 1280 px: byline names, the publisher and the photo
 * credit find their reports; an inferred date reads 约… in the results.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../site/browser-helpers.ts';
import { openSearch, searchableReports, slugOf, type SearchableReport, type Searched } from './search-helpers.ts';

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

const WIDTHS = [390, 1280] as const;

describe.each(WIDTHS)('search by person; dates in results at %i px', (width) => {
  const search = (q: string): Promise<Searched> => openSearch(browser, q, base, width);

  test('every byline name finds every report that names the person, in the byline or the body (top 10)', async () => {
    const names = [...new Set(reports.flatMap((r) => r.report.authors))];
    // The seeds' four reporters at least (issue 23: three of them found nothing).
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const naming = reports.filter((r) => r.report.authors.includes(name) || r.text.includes(name)).map((r) => r.slug);
      const { page, hrefs } = await search(name);
      const slugs = hrefs.map(slugOf);
      if (naming.length <= 10) for (const s of naming) expect(slugs, `${name} → ${s}`).toContain(s);
      else expect(slugs.length, name).toBe(10);
      await page.close();
    }
  });

  test('the publisher and the photo credit are searchable; the byline labels are not', async () => {
    const r = reports.find((x) => x.report.source.file === 'site-fixture-year-only.txt')!;
    expect(r, 'the year-only fixture').toBeDefined();
    for (const q of [r.report.publisher!, '梁雨桐']) {
      expect(r.text.includes(q), `${q} only outside the body`).toBe(false);
      const { page, hrefs } = await search(q);
      expect(hrefs.map(slugOf), q).toContain(r.slug);
      await page.close();
    }
    // 记者 is a label, not a name: a report that never writes it is not found by it.
    const { page, hrefs } = await search('记者');
    expect(hrefs.map(slugOf)).not.toContain(r.slug);
    await page.close();
  });

  test('an inferred date reads 约… in report and fact results; a stated month stays a month', async () => {
    const r = reports.find((x) => x.report.source.file === 'site-fixture-year-only.txt')!;
    const { page } = await search('劳动教育基地');
    const item = page.locator('#sr-results > li.sr-report-result').filter({ has: page.locator(`a.sr-link[href="/reports/${r.slug}/"]`) });
    await expect.poll(() => item.locator('.sr-meta').first().textContent()).toContain('约2020年');
    await page.locator('#sr-tab-facts').click();
    await page.waitForFunction(() => document.querySelector('#sr-results > li.sr-fact') !== null);
    expect(await page.locator('#sr-results > li.sr-fact .sr-meta').first().textContent()).toContain('约2020年');
    await page.close();
    const month = reports.find((x) => x.report.date?.length === 7 && x.report.title);
    if (month) {
      const shown = await search(month.report.title!);
      const hit = shown.page.locator('#sr-results > li.sr-report-result').filter({ has: shown.page.locator(`a.sr-link[href="/reports/${month.slug}/"]`) });
      const meta = await hit.locator('.sr-meta').first().textContent();
      const [y, m] = month.report.date!.split('-');
      expect(meta).toContain(`${month.report.dateStated ? '' : '约'}${y}年${Number(m)}月`);
      expect(meta).not.toMatch(/月\d+日/);
      await shown.page.close();
    }
  });

});
