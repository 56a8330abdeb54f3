/**
 * Issue 23, the 数据 tab at 390 px and 1280 px: one item a sentence (a sentence holding several
 * matching facts is shown once, each of its numbers in <mark>), and a query naming an award or a
 * level lists the facts of that kind first. Expectations come from the report files the build
 * used: each fact link is matched to its fact by the URL the indexer gives it (factUrl).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../site/browser-helpers.ts';
import { openSearch, searchableReports } from './search-helpers.ts';
import { visibleFacts } from '../../src/lib/fact-view.ts';
import { factUrl } from '../../src/search/report-facts.ts';
import type { Fact } from '../../src/schema/report.ts';

const base = inject('baseUrl');
const WIDTHS = [390, 1280] as const;
let browser: Browser;
/** Every visible fact of the build, by the link the 数据 list gives it. */
const byUrl = new Map<string, Fact>();

beforeAll(async () => {
  browser = await launchBrowser();
  for (const r of await searchableReports(inject('reportsDir'))) for (const f of visibleFacts(r.report)) byUrl.set(factUrl(r.slug, f), f);
});

afterAll(async () => {
  await browser?.close();
});

interface Item { hrefs: string[]; marks: string[]; sentence: string }

/** The 数据 list as shown: each item's fact links, marked numbers and sentence text. */
async function items(page: Page): Promise<Item[]> {
  return page.locator('#sr-results > li.sr-fact').evaluateAll((lis) =>
    lis.map((li) => ({
      hrefs: [...li.querySelectorAll('a.sr-link')].map((a) => a.getAttribute('href') ?? ''),
      marks: [...li.querySelectorAll('.sr-sentence mark')].map((m) => m.textContent ?? ''),
      sentence: li.querySelector('.sr-sentence')?.textContent ?? '',
    })),
  );
}

const factOf = (href: string): Fact => {
  const f = byUrl.get(href);
  if (!f) throw new Error(`no fact of the build links to ${href}`);
  return f;
};
const isAward = (f: Fact) => f.category === '荣誉与奖项';

describe.each(WIDTHS)('%i px', (width) => {
  test('一等奖: one item a sentence, its numbers marked; the awards first', async () => {
    const { page, counts } = await openSearch(browser, '一等奖', base, width, '&tab=facts');
    const list = await items(page);
    expect(list.length).toBeGreaterThan(1);
    // Every fact of the list is counted, and there are fewer items than facts: sentences were grouped.
    const facts = list.flatMap((i) => i.hrefs.map(factOf));
    expect(facts.length).toBe(counts.facts);
    expect(list.length).toBeLessThan(facts.length);
    const seen = new Set<string>();
    for (const item of list) {
      const mine = item.hrefs.map(factOf);
      // One sentence, shown once: every fact of an item comes from that sentence and paragraph.
      const [first] = mine;
      for (const f of mine) expect([f.anchor, f.sentence]).toEqual([first!.anchor, first!.sentence]);
      expect(item.sentence).toBe(first!.sentence);
      const key = `${item.hrefs[0]!.split('#')[0]}#${first!.anchor}|${first!.sentence}`;
      expect(seen.has(key), `the sentence “${first!.sentence}” is listed twice`).toBe(false);
      seen.add(key);
      // Each fact's number is marked once, nothing else is.
      expect([...item.marks].sort()).toEqual(mine.map((f) => f.text).sort());
    }
    // The seed sentence with two national/city awards is one item with both numbers marked.
    expect(list.some((i) => i.marks.length >= 2)).toBe(true);
    // Awards first: after the first item led by a non-award, no item led by an award. The
    // fixture's sentence counting schools and teachers for the 一等奖 contest is such an item,
    // written before its awards in its report.
    const leads = list.map((i) => isAward(factOf(i.hrefs[0]!)));
    expect(leads).toContain(false);
    expect(leads.slice(leads.indexOf(false))).not.toContain(true);
    // A phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.close();
  });

  test('全国 一等奖: the national awards lead', async () => {
    const { page } = await openSearch(browser, '全国 一等奖', base, width, '&tab=facts');
    const list = await items(page);
    expect(list.length).toBeGreaterThan(0);
    const first = factOf(list[0]!.hrefs[0]!);
    expect([first.level, first.category]).toEqual(['国家级', '荣誉与奖项']);
    await page.close();
  });
});
