/**
 * The search page's browser tests' shared parts: the searchable reports of the test build and
 * a search as a reader runs it (tests/browser/search*.test.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseReportFile } from '../../src/lib/front-matter.ts';
import { reportSchema, type Report } from '../../src/schema/report.ts';
import { isDraft } from '../../src/lib/drafts.ts';

/** A published report of the test build, with the text its body and headlines hold (not its byline). */
export interface SearchableReport { slug: string; report: Report; text: string }

export async function searchableReports(dir: string): Promise<SearchableReport[]> {
  const reports: SearchableReport[] = [];
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.md'))) {
    const { data, body: content } = parseReportFile(f, await readFile(path.join(dir, f), 'utf8'));
    const report = reportSchema.parse(data);
    // A draft is not searchable: no query expects it.
    if (isDraft(report)) continue;
    reports.push({ slug: f.slice(0, -3), report, text: `${report.title ?? ''}\n${report.subtitle ?? ''}\n${content}` });
  }
  return reports;
}

export interface Searched { page: Page; hrefs: string[]; factHrefs: string[]; counts: { reports: number; facts: number }; message: string; cspErrors: string[] }

/**
 * Opens /search/?q=… (with `extra` query parameters) at `width` and waits for the answer:
 * `hrefs` are the 报道 list's links (the tab the page opens on), `factHrefs` the 数据 list's,
 * read after switching to it.
 */
export async function openSearch(browser: Browser, q: string, site: string, width = 1280, extra = ''): Promise<Searched> {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 } });
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(`${site}/search/?q=${encodeURIComponent(q)}${extra}`);
  await page.waitForFunction(() => /\d|未/.test(document.getElementById('sr-status')?.textContent ?? ''), null, { timeout: 20_000 });
  // The facts are counted once the reports are shown: wait for the count ("3", or "3+" while reports remain unread).
  await page.waitForFunction(() => document.getElementById('sr-tab-facts')?.getAttribute('aria-busy') === 'false', null, { timeout: 20_000 });
  const count = async (id: string) => parseInt((await page.locator(id).textContent()) || '0', 10) || 0;
  const counts = { reports: await count('#sr-n-reports'), facts: await count('#sr-n-facts') };
  // A report's link is its title's; a 数据 item (one sentence) links each of its facts.
  const links = (facts: boolean) => page.locator(facts ? '#sr-results > li.sr-fact a.sr-link' : '#sr-results > li .sr-title a.sr-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // The list is busy until its first page is drawn (search.js show()).
  const shown = () => page.waitForFunction(() => document.getElementById('sr-results')?.getAttribute('aria-busy') !== 'true');
  await shown();
  const hrefs = await links(extra.includes('tab=facts'));
  let factHrefs: string[] = [];
  if (counts.facts && !extra.includes('tab=facts')) {
    await page.locator('#sr-tab-facts').click();
    await page.waitForFunction(() => document.querySelector('#sr-results > li.sr-fact') !== null);
    await shown();
    factHrefs = await links(true);
    await page.locator('#sr-tab-reports').click();
    await page.waitForFunction(() => document.querySelector('#sr-results > li.sr-report-result') !== null || document.querySelector('#sr-results > li') === null);
  } else if (extra.includes('tab=facts')) factHrefs = hrefs;
  const message = (await page.locator('#sr-status').textContent()) ?? '';
  return { page, hrefs, factHrefs, counts, message, cspErrors };
}

export const slugOf = (href: string): string => /^\/reports\/([^/]+)\//.exec(href)?.[1] ?? href;

