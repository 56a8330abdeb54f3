/**
 * A reader's first search, as the search page runs it: a fresh browser (empty cache) opens
 * `/search/?q=…` and we wait until the list shows its first five results with their excerpts
 * (or fewer when fewer match, or the no-result line). Bytes and requests are counted at the
 * server (serve.ts, gzip as served) for everything the page and its workers fetched by then;
 * "settled" adds what the page fetches after that without the reader doing anything (e.g. the
 * next five results and the filter values).
 */
import type { Browser } from 'playwright-core';
import type { Traffic } from './serve.ts';
import { PLAIN_PAGE } from './plain-page.ts';

/** Labelled queries: the kinds a reader types (issue 14). */
export const PAGE_QUERIES: { kind: string; q: string }[] = [
  { kind: 'report word', q: '督学' },
  { kind: 'fact words', q: '一等奖 2024' },
  { kind: 'fact word', q: '满意度' },
  // 一等奖 2024 matches no fact of the generated corpus (its prize facts are dated otherwise); this one does.
  { kind: 'fact+date', q: '满意度 2024' },
  { kind: 'name', q: '王海波' },
  { kind: 'number', q: '120人次' },
  { kind: 'phrase', q: '世界机器人大赛' },
  { kind: 'no match', q: '航天员' },
];

export interface PageSearch { ms: number; bytes: number; requests: number; settledBytes: number; settledRequests: number; shown: number; status: string; top: { url: string; bytes: number }[]; settledTop: { url: string; bytes: number }[] }

/** Where a site's search page is, and which one it is: ours (`/search/`) or Pagefind's Default UI (plain-page.ts). */
export interface SearchSite { base: string; traffic: Traffic; resetTraffic: () => void; plain?: boolean }

export async function firstSearchOnPage(browser: Browser, site: SearchSite, q: string): Promise<PageSearch> {
  const { base, traffic, resetTraffic } = site;
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The page notes the moment its first five results (with excerpts) or its no-result line
  // show, from a MutationObserver, so requests made after that moment are not counted in.
  await ctx.addInitScript(([plain, query]) => {
    const obs = new MutationObserver(() => {
      const status = document.getElementById('sr-status')?.textContent ?? '';
      let shown = -1;
      if (plain) {
        // Pagefind's Default UI: its message ("找到 N 个…的结果" / "未找到…") and result items.
        // The count is written with thousands separators (9,940).
        const msg = (document.querySelector('.pagefind-ui__message')?.textContent ?? '').split(query).join('').replace(/(?<=\d),(?=\d)/g, '');
        const ready = [...document.querySelectorAll('.pagefind-ui__result')].filter((li) => (li.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '').length > 0).length;
        const n = /\d+/.exec(msg);
        // "正在搜索 …" while it searches; then the count, or no number when nothing matched.
        if (!msg || msg.includes('正在')) shown = -1;
        else if (!n) shown = 0;
        else if (ready >= Math.min(5, Number(n[0]))) shown = ready;
      } else if (/^未找到/.test(status)) shown = 0;
      else if (/^找到/.test(status)) {
        const n = Number(document.getElementById('sr-n-reports')?.textContent);
        const want = Math.min(5, Number.isFinite(n) ? n : 5);
        // An item counts once its excerpt has text (the excerpt comes with the result's fragment).
        const ready = [...document.querySelectorAll('#sr-results > li')].filter((li) => (li.querySelector('.sr-excerpt')?.textContent ?? '').length > 0).length;
        if (ready >= want) shown = ready;
      }
      if (shown < 0) return;
      (window as unknown as { firstShown: object }).firstShown = { t: Date.now(), shown };
      obs.disconnect();
    });
    obs.observe(document, { childList: true, subtree: true, characterData: true });
  }, [!!site.plain, q] as const);
  const page = await ctx.newPage();
  resetTraffic();
  const t0 = Date.now();
  await page.goto(`${base}/${site.plain ? PLAIN_PAGE : 'search'}/?q=${encodeURIComponent(q)}`);
  const first = await page.waitForFunction(() => (window as unknown as { firstShown?: object }).firstShown, undefined, { polling: 50, timeout: 60_000 })
    .then((h) => h.jsonValue() as Promise<{ t: number; shown: number }>);
  const status = (await page.locator(site.plain ? '.pagefind-ui__message' : '#sr-status').first().textContent()) ?? '';
  // What follows by itself (nothing clicked): wait for the network to go quiet.
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(500);
  const before = traffic.urls.filter((u) => u.t <= first.t);
  // What the first results cost, by kind of file (the biggest kinds first), and what the
  // whole search cost once the network was quiet.
  const top = byKind(before);
  const settledTop = byKind(traffic.urls);
  await ctx.close();
  const sum = (xs: { bytes: number }[]) => xs.reduce((n, u) => n + u.bytes, 0);
  return { ms: first.t - t0, bytes: sum(before), requests: before.length, settledBytes: traffic.bytes, settledRequests: traffic.requests, shown: first.shown, status, top, settledTop };
}

/** Requests grouped by kind of file (a shard's or a hash's name replaced), the biggest kinds first. */
function byKind(urls: Traffic['urls']): { url: string; bytes: number }[] {
  const kinds = new Map<string, { bytes: number; n: number }>();
  for (const u of urls) {
    const k = u.url.replace(/\?.*/, '').replace(/\/pagefind\/(facts-)?[^/]*\d{4}-H\d[^/]*\//, '/pagefind/$1SHARD/').replace(/[a-z]{2}_[0-9a-f]+(\.pf_\w+)$/, 'HASH$1').replace(/\.en_[0-9a-f]+\.pf_meta$/, '.HASH.pf_meta').replace(/\/pagefind\/first\/([bc])\/\d+\.json$/, '/pagefind/first/$1/N.json');
    const e = kinds.get(k) ?? kinds.set(k, { bytes: 0, n: 0 }).get(k)!;
    e.bytes += u.bytes;
    e.n++;
  }
  return [...kinds].map(([url, e]) => ({ url: `${url} ×${e.n}`, bytes: e.bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, 12);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * Runs each query `runs` times and prints medians (bytes barely vary; time does). With `plain`
 * (the same reports built by Hugo and indexed by Pagefind's CLI, searched with its Default UI),
 * each run searches both, one after the other, and prints plain Pagefind's figures and the ratios.
 */
export async function printPageSearches(browser: Browser, ours: SearchSite, runs = 3, verbose = false, kinds?: string, plain?: SearchSite): Promise<void> {
  console.log(`  first search on /search/?q=… (fresh browser, counted at the server, gzip; median of ${runs})${plain ? `; plain Pagefind: its Default UI on Hugo's output (/${PLAIN_PAGE}/?q=…), searched right after ours in each run` : ''}:`);
  console.log(`  kind         query            KB to 5 results  requests  ms     | settled KB  requests |${plain ? ' plain: KB  ms  settled KB | ours/plain: KB  ms  settled |' : ''} status`);
  for (const { kind, q } of PAGE_QUERIES.filter((x) => !kinds || kinds.split(',').includes(x.kind))) {
    const rs: PageSearch[] = [];
    const ps: PageSearch[] = [];
    for (let i = 0; i < runs; i++) {
      rs.push(await firstSearchOnPage(browser, ours, q));
      if (plain) ps.push(await firstSearchOnPage(browser, plain, q));
    }
    const r = rs[0]!;
    const kb = (n: number) => (n / 1024).toFixed(0);
    const m = (xs: PageSearch[], f: (x: PageSearch) => number) => median(xs.map(f));
    const plainCols = plain
      ? ` ${kb(m(ps, (x) => x.bytes)).padStart(9)} ${m(ps, (x) => x.ms).toFixed(0).padStart(5)} ${kb(m(ps, (x) => x.settledBytes)).padStart(7)}    | ${(m(rs, (x) => x.bytes) / m(ps, (x) => x.bytes)).toFixed(2).padStart(12)} ${(m(rs, (x) => x.ms) / m(ps, (x) => x.ms)).toFixed(2).padStart(5)} ${(m(rs, (x) => x.settledBytes) / m(ps, (x) => x.settledBytes)).toFixed(2).padStart(6)}   |`
      : '';
    console.log(`  ${kind.padEnd(12)} ${q.padEnd(14 - (q.match(/[^\x00-\xff]/g)?.length ?? 0))} ${kb(m(rs, (x) => x.bytes)).padStart(8)}  ${String(m(rs, (x) => x.requests)).padStart(15)}  ${m(rs, (x) => x.ms).toFixed(0).padStart(5)}  | ${kb(m(rs, (x) => x.settledBytes)).padStart(10)}  ${String(m(rs, (x) => x.settledRequests)).padStart(8)} |${plainCols} ${r.status.slice(0, 40)}${plain ? ` | plain: ${ps[0]!.status.slice(0, 30)}` : ''}`);
    if (verbose) {
      for (const t of r.top) console.log(`      ${kb(t.bytes)} KB ${t.url}`);
      for (const t of r.settledTop) console.log(`      settled ${kb(t.bytes)} KB ${t.url}`);
      if (plain) for (const t of ps[0]!.top) console.log(`      plain ${kb(t.bytes)} KB ${t.url}`);
      if (plain) for (const t of ps[0]!.settledTop) console.log(`      plain settled ${kb(t.bytes)} KB ${t.url}`);
    }
  }
}
