/**
 * A reader's first search, as the search page runs it: a fresh browser (empty cache) opens
 * `/search/?q=…` and we wait until the list shows its first five results with their excerpts
 * (or fewer when fewer match, or the no-result line). Bytes and requests are counted at the
 * server (serve.ts, gzip as served) for everything the page and its workers fetched by then;
 * "settled" adds what the page fetches after that without the reader doing anything (e.g. the
 * facts search that runs once the reports are shown).
 */
import type { Browser } from 'playwright-core';
import type { Traffic } from './serve.ts';

/** Labelled queries: the kinds a reader types (issue 14). */
export const PAGE_QUERIES: { kind: string; q: string }[] = [
  { kind: 'report word', q: '督学' },
  { kind: 'fact words', q: '一等奖 2024' },
  { kind: 'fact word', q: '满意度' },
  { kind: 'name', q: '王海波' },
  { kind: 'number', q: '120人次' },
  { kind: 'phrase', q: '世界机器人大赛' },
  { kind: 'no match', q: '航天员' },
];

export interface PageSearch { ms: number; bytes: number; requests: number; settledBytes: number; settledRequests: number; shown: number; status: string; top: { url: string; bytes: number }[] }

export async function firstSearchOnPage(browser: Browser, base: string, q: string, traffic: Traffic, resetTraffic: () => void): Promise<PageSearch> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  resetTraffic();
  const t0 = performance.now();
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  const shown = await page.waitForFunction(() => {
    const status = document.getElementById('sr-status')?.textContent ?? '';
    // Truthy answers only (waitForFunction waits on a falsy one): -1 for "found nothing".
    if (/^未找到/.test(status)) return -1;
    if (!/^找到/.test(status)) return false;
    const items = [...document.querySelectorAll('#sr-results > li')];
    const want = Math.min(5, Number(document.getElementById('sr-n-reports')?.textContent) || 5);
    // An item counts once its excerpt has text (the excerpt comes with the result's fragment).
    const ready = items.filter((li) => (li.querySelector('.sr-excerpt')?.textContent ?? '').length > 0);
    return ready.length >= want ? ready.length : false;
  }, undefined, { polling: 20, timeout: 60_000 }).then(async (h) => Math.max(0, (await h.jsonValue()) as number));
  const ms = performance.now() - t0;
  const first = { bytes: traffic.bytes, requests: traffic.requests };
  const status = await page.locator('#sr-status').textContent() ?? '';
  // What follows by itself (nothing clicked): wait for the network to go quiet.
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(500);
  const top = [...traffic.urls].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  await ctx.close();
  return { ms, bytes: first.bytes, requests: first.requests, settledBytes: traffic.bytes, settledRequests: traffic.requests, shown, status, top };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Runs each query `runs` times and prints medians (bytes barely vary; time does). */
export async function printPageSearches(browser: Browser, base: string, traffic: Traffic, resetTraffic: () => void, runs = 3, verbose = false, kinds?: string): Promise<void> {
  console.log(`  first search on /search/?q=… (fresh browser, counted at the server, gzip; median of ${runs}):`);
  console.log('  kind         query            KB to 5 results  requests  ms     | settled KB  requests | status');
  for (const { kind, q } of PAGE_QUERIES.filter((x) => !kinds || kinds.split(',').includes(x.kind))) {
    const rs: PageSearch[] = [];
    for (let i = 0; i < runs; i++) rs.push(await firstSearchOnPage(browser, base, q, traffic, resetTraffic));
    const r = rs[0]!;
    const kb = (n: number) => (n / 1024).toFixed(0);
    console.log(`  ${kind.padEnd(12)} ${q.padEnd(14 - (q.match(/[^\x00-\xff]/g)?.length ?? 0))} ${kb(median(rs.map((x) => x.bytes))).padStart(8)}  ${String(median(rs.map((x) => x.requests))).padStart(15)}  ${median(rs.map((x) => x.ms)).toFixed(0).padStart(5)}  | ${kb(median(rs.map((x) => x.settledBytes))).padStart(10)}  ${String(median(rs.map((x) => x.settledRequests))).padStart(8)} | ${r.status.slice(0, 40)}`);
    if (verbose) for (const t of r.top) console.log(`      ${kb(t.bytes)} KB ${t.url}`);
  }
}
