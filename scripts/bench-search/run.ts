/**
 * `npm run bench:search [-- options]`: search quality and cost of the Pagefind index.
 *
 *   --segmentation icu|pagefind|both   index modes to compare (default both)
 *   --fillers N                        generated filler reports besides the needles (default 150)
 *   --site synthetic|astro             render pages with render-site.ts, or run the real `astro build`
 *   --strict yes|no                    search through the search page's near-miss check (default yes)
 *   --first-pass yes|no                also measure the first pass's first screen (public/search/first-pass.js):
 *                                      its precision@1, and its false matches (default yes)
 *   --scale N                          instead of the query set: N reports (~5,000 characters each),
 *                                      prints index time, peak memory, index size, first-search bytes and time
 *   --chunk N                          Pagefind index chunk size (word locations per file) instead of the integration's
 *   --built DIR                        only the first-search measurement, on a site already built with its index
 *                                      (e.g. the dist/ of `npm run bench -- --reports 10000 --keep`): opens
 *                                      /search/?q=… per query kind and counts bytes/requests at the server
 *                                      (first-search-page.ts); --runs N (median, default 3), --kinds a,b (only those
 *                                      query kinds, e.g. 'no match'), --verbose (largest
 *                                      files), --api (also the old API-level measurement without the page);
 *                                      beside it plain Pagefind (its Default UI on Hugo's output, plain-page.ts):
 *                                      --plain DIR, or DIR/../hugo-site/public of a `bench --keep --compare` run;
 *                                      BENCH_SEARCH_PORT=N serves ours on N and plain Pagefind on N+1 (default: any)
 *   --ranking JSON                     Pagefind ranking weights to try (e.g. '{"pageLength":0.3}'), set before the queries
 *   --explain Q                        print the top 40 results of query Q with their scores (after the query set)
 *   --min-shard-pages N                pages per index shard at least (0: one shard per year; default: the integration's)
 *   --corpus vocabulary|seeds          scale corpus: dictionary-sampled text with 1/4 seed paragraphs
 *                                      (default), or seed paragraphs only (every page holds every seed word)
 *
 * Prints recall@10, precision@1, zero-result queries and false matches per mode, and per query
 * what went wrong. The corpus is generated into a temporary folder, never committed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReportFile } from '../../src/lib/front-matter.ts';
import { isDraft } from '../../src/lib/drafts.ts';
import { foldToSimplified } from '../../src/text/script-fold.ts';
import { chromium, type Browser } from 'playwright-core';
import { buildSearchIndex, type Segmentation } from '../../src/search/build-index.ts';
import { findBrowser, BROWSER_ARGS } from '../find-browser.ts';
import { writeCorpus } from './corpus.ts';
import { renderSite } from './render-site.ts';
import { QUERIES, type Query } from './queries.ts';
import { NEEDLES } from './needles.ts';
import { serve } from './serve.ts';
import { printPageSearches } from './first-search-page.ts';
import { writePlainPage } from './plain-page.ts';
import { measurePeakRss } from './peak-memory.ts';

const { values: args } = parseArgs({
  options: {
    segmentation: { type: 'string', default: 'both' },
    fillers: { type: 'string', default: '150' },
    site: { type: 'string', default: 'synthetic' },
    scale: { type: 'string' },
    strict: { type: 'string', default: 'yes' },
    corpus: { type: 'string', default: 'vocabulary' },
    chunk: { type: 'string' },
    'min-shard-pages': { type: 'string' },
    explain: { type: 'string' },
    ranking: { type: 'string' },
    built: { type: 'string' },
    runs: { type: 'string', default: '3' },
    kinds: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    api: { type: 'boolean', default: false },
    'first-pass': { type: 'string', default: 'yes' },
    plain: { type: 'string' },
  },
});

/** The search page's module (Pagefind + the near-miss check), or Pagefind's own with --strict no. */
const pagefindModule = args.strict === 'no' ? '/pagefind/pagefind.js' : '/search/pf/pagefind.js';

interface Hit { ref: string; slug: string; fact: string | null; title: string }

/**
 * What the page runs for one query: the search page's own segmenter (with the script fold),
 * then one Pagefind search over the reports and the facts read from them (public/search/
 * facts.js) as the search page does: `reports` is the 报道 list, `facts` the 数据 list, and
 * `hits` one list of both, each report followed by its own matching facts.
 */
async function runQuery(page: import('playwright-core').Page, q: string): Promise<{ count: number; hits: Hit[]; reports: Hit[]; facts: Hit[]; firstShown: Hit[] }> {
  return page.evaluate(async ([query, PF, FIRST]) => {
    const pf = await import(PF as string);
    const seg = await import('/search/segment.js' as string);
    const factsJs = await import('/search/facts.js' as string);
    pf.setTyped?.(query);
    const term = seg.segmentQuery(query);
    const words = factsJs.queryWords(term);
    // The first pass's first screen (public/search/first-pass.js), measured on its own: the
    // search page shows it until the full-text results below replace it.
    const fp = FIRST ? await import('/search/first-pass.js' as string) : null;
    const first = fp ? await fp.firstSearch(term, query) : null;
    const r = await pf.search(term);
    const results = r.results as { data: () => Promise<any> }[];
    const hit = (d: any, fact: boolean): { ref: string; slug: string; fact: string | null; title: string } => {
      const m = /^\/reports\/([^/]+)\/(?:#([^:]+)(?::~:.*)?)?$/.exec(d.url) ?? [];
      const slug = m[1] ?? d.url;
      const f = fact && m[2] ? `${m[2]}:${d.meta.text}` : null;
      return { ref: f ? `${slug}#${f}` : slug, slug, fact: f, title: (d.meta.shown_title || d.meta.title) as string };
    };
    const top = await Promise.all(results.slice(0, 10).map((x) => x.data()));
    const finder = factsJs.findFacts(results, term);
    // The 数据 list's items are sentences (groups of facts): their facts, in the order shown.
    const facts = (await finder.more(30, Infinity)).flatMap((g: { facts: unknown[] }) => g.facts).slice(0, 30);
    const hits = top.flatMap((d) => [hit(d, false), ...factsJs.factsOf(d, words).map((f: any) => hit(f, true))]).slice(0, 10);
    const firstShown = await Promise.all((first?.results ?? []).map(async (x: any) => hit(await x.data(), false)));
    return { count: results.length, hits, reports: top.map((d) => hit(d, false)), facts: facts.map((f: any) => hit(f, true)), firstShown };
  }, [q, pagefindModule, args['first-pass'] !== 'no'] as const);
}

interface Corpus { text: Map<string, string>; factText: Map<string, string>; titles: Map<string, string> }

function readCorpus(dir: string): Corpus {
  const text = new Map<string, string>(), factText = new Map<string, string>(), titles = new Map<string, string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
    const slug = f.replace(/\.md$/, '');
    const { data: raw, body: content } = parseReportFile(f, readFileSync(join(dir, f), 'utf8'));
    const data = raw as { title?: string | null; draft?: unknown; facts?: { anchor: string; text: string; subject: string; sentence: string }[] };
    // Not published, not searchable: no query should expect a draft.
    if (isDraft(data)) continue;
    text.set(slug, `${data.title ?? ''}\n${content}`);
    titles.set(slug, String(data.title ?? ''));
    for (const fact of data.facts ?? []) factText.set(`${slug}#${fact.anchor}:${fact.text}`, `${fact.subject} ${fact.sentence}`);
  }
  return { text, factText, titles };
}

/** `~词` refs name a real seed report by a word of its title; they resolve to nothing until ingest has written it. */
function resolveRefs(refs: string[], corpus: Corpus): string[] {
  const generated = new Set(NEEDLES.map((n) => n.slug));
  const seeds = [...corpus.titles].filter(([slug]) => !generated.has(slug) && !slug.includes('-gaoxin-jiaoyu-'));
  return refs.flatMap((r) => (r.startsWith('~') ? seeds.filter(([, title]) => title.includes(r.slice(1))).map(([slug]) => slug) : [r]));
}

function relevant(hit: Hit, q: Query, corpus: Corpus): boolean {
  // Folded like the index: a traditional query's words are found in a simplified page and back.
  const text = foldToSimplified(hit.fact ? corpus.factText.get(hit.ref) ?? '' : corpus.text.get(hit.slug) ?? '');
  return (q.parts ?? [q.q]).every((p) => text.includes(foldToSimplified(p)));
}

async function quality(browser: Browser, base: string, corpus: Corpus, mode: string): Promise<void> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/`);
  await setRanking(page);
  let recallSum = 0, recallN = 0, p1 = 0, p1N = 0, falseMatches = 0, pageRecallSum = 0, rankOk = 0, rankN = 0, pageP1 = 0;
  const zero: string[] = [], notes: string[] = [];
  let firstP1 = 0, firstN = 0;
  for (const q of QUERIES) {
    const must = resolveRefs(q.must, corpus);
    const { count, hits, reports, facts, firstShown } = await runQuery(page, q.q);
    // The first pass's own first screen (before the full-text results): its first result.
    if (firstShown.length && q.kind !== 'none') {
      firstN++;
      if (must.includes(firstShown[0]!.ref) || relevant(firstShown[0]!, q, corpus)) firstP1++;
      else notes.push(`  · ${q.q} [first pass]: first shown ${firstShown[0]!.title} is not relevant`);
    }
    if (q.kind === 'none') falseMatches += firstShown.length;
    // What the search page shows: its 报道 list's top 10 and its 数据 list's top 10.
    const shown = [...reports, ...facts.slice(0, 10)].map((h) => h.ref);
    if (q.first) {
      rankN++;
      const okReport = !q.first.report || reports[0]?.ref === q.first.report;
      // Beneath its report: among the first 30 fact results, which the page groups by report.
      const okFact = !q.first.fact || facts.some((h) => h.ref === q.first!.fact);
      if (okReport && okFact) rankOk++;
      else notes.push(`  ✗ ${q.q} [first]: 报道 first ${reports[0]?.ref ?? '-'} (want ${q.first.report ?? 'any'}), ${q.first.fact ?? '-'} ${okFact ? '' : 'not '}among the first 30 facts`);
    }
    const refs = hits.map((h) => h.ref);
    if (q.kind === 'none') {
      falseMatches += hits.length;
      if (hits.length) notes.push(`  ✗ ${q.q}: appears nowhere but found ${count} (${hits[0]?.title})`);
      continue;
    }
    if (count === 0) zero.push(q.q);
    const found = must.filter((m) => refs.includes(m));
    if (must.length) { recallSum += found.length / must.length; recallN++; pageRecallSum += must.filter((m) => shown.includes(m)).length / must.length; }
    const wrong = (q.mustNot ?? []).filter((m) => refs.includes(m));
    falseMatches += wrong.length;
    const top = hits[0];
    const topOk = !!top && (must.includes(top.ref) || relevant(top, q, corpus));
    p1N++;
    if (topOk) p1++;
    // The search page's first result: the head of 报道 (the list it opens on), or of 数据 for a
    // query about a figure (kind fact) or when no report matches.
    const pageTop = (q.kind === 'fact' && facts.length) || !reports.length ? facts[0] : reports[0];
    if (pageTop && (must.includes(pageTop.ref) || relevant(pageTop, q, corpus))) pageP1++;
    else notes.push(`  · ${q.q} [search page]: first shown ${pageTop?.title ?? '-'} is not relevant`);
    if (found.length < must.length || wrong.length || !topOk) {
      notes.push(`  ✗ ${q.q} [${q.kind}]: ${count} results; missing ${must.filter((m) => !refs.includes(m)).join(', ') || '-'}; false ${wrong.join(', ') || '-'}; top ${top ? `${top.title}${topOk ? '' : ' (irrelevant)'}` : '-'}${firstShown.length ? `; first pass: ${firstShown.map((h) => h.slug).join(', ')}` : ''}`);
    }
  }
  console.log(`\n[${mode}${args.strict === "no" ? "" : " + near-miss check"}] ${QUERIES.length} queries on ${corpus.text.size} reports + ${corpus.factText.size} facts`);
  console.log(`  recall@10      ${(recallSum / recallN).toFixed(3)}  (one list of reports and facts)`);
  console.log(`  recall@10      ${(pageRecallSum / recallN).toFixed(3)}  (search page: 报道 top 10 + 数据 top 10)`);
  console.log(`  first shown    ${rankOk}/${rankN}  (fact-versus-report cases: the report heads 报道 with its fact beneath)`);
  console.log(`  precision@1    ${(p1 / p1N).toFixed(3)}  (${p1}/${p1N}, one list)`);
  console.log(`  precision@1    ${(pageP1 / p1N).toFixed(3)}  (${pageP1}/${p1N}, search page: first of 报道, of 数据 for figure queries)`);
  console.log(`  precision@1    ${firstN ? (firstP1 / firstN).toFixed(3) : '-'}  (${firstP1}/${firstN}, the first pass's first screen, for the queries it answered)`);
  console.log(`  zero-result    ${zero.length}${zero.length ? `  (${zero.join(' ')})` : ''}`);
  console.log(`  false matches  ${falseMatches}`);
  for (const n of notes) console.log(n);
  await page.context().close();
}

/** --ranking: Pagefind's ranking weights, set through the search page's module before any search. */
async function setRanking(page: import('playwright-core').Page): Promise<void> {
  if (!args.ranking) return;
  await page.evaluate(async ([PF, ranking]) => {
    const pf = await import(PF as string);
    await pf.options({ ranking: JSON.parse(ranking as string) });
  }, [pagefindModule, args.ranking] as const);
}

/** The top results of one query with Pagefind's scores, to see why a page ranks where it does. */
async function explain(browser: Browser, base: string, q: string): Promise<void> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/`);
  await setRanking(page);
  const rows = await page.evaluate(async ([query, PF]) => {
    const pf = await import(PF as string);
    const seg = await import('/search/segment.js' as string);
    pf.setTyped?.(query);
    const r = await pf.search(seg.segmentQuery(query));
    return Promise.all(r.results.slice(0, 40).map(async (x: any) => {
      const d = await x.data();
      return `${x.score.toFixed(3)}  ${d.url.slice(0, 60)}  ${d.meta.title}  (${d.word_count} words)`;
    }));
  }, [q, pagefindModule] as const);
  console.log(`\n  explain "${q}":\n${rows.map((r: string) => `    ${r}`).join('\n')}`);
  await page.context().close();
}

/** Bytes a host sends for a response: text compressed with gzip (as any static host does), Pagefind's binary files as they are (already compressed). */
function wireBytes(url: string, body: Buffer): number {
  return /\.(js|css|html|json)(\?|$)/.test(url) ? gzipSync(body).length : body.length;
}

type Part = 'runtime' | 'index' | 'fragments';
const partOf = (url: string): Part => (/\.pf_fragment/.test(url) ? 'fragments' : /\.pf_(index|meta|filter)/.test(url) ? 'index' : 'runtime');

/** A first search in a fresh browser context: bytes over the wire (by part) and time until the first page of results is loaded. */
async function firstSearch(browser: Browser, base: string, q: string): Promise<{ kb: number; parts: Record<Part, number>; ms: number; count: number }> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}/`);
  const pending: Promise<void>[] = [];
  const parts: Record<Part, number> = { runtime: 0, index: 0, fragments: 0 };
  page.on('response', (res) => {
    pending.push(res.body().then((b) => { parts[partOf(res.url())] += wireBytes(res.url(), b) + 250; }, () => {}));
  });
  const { ms, count } = await page.evaluate(async ([query, PF]) => {
    const t0 = performance.now();
    const pf = await import(PF as string);
    const seg = await import('/search/segment.js' as string);
    pf.setTyped?.(query);
    const r = await pf.search(seg.segmentQuery(query));
    await Promise.all(r.results.slice(0, 5).map((x: { data: () => Promise<unknown> }) => x.data()));
    return { ms: performance.now() - t0, count: r.results.length as number };
  }, [q, pagefindModule, args['first-pass'] !== 'no'] as const);
  await page.waitForTimeout(300);
  await Promise.all(pending);
  await ctx.close();
  const kb = (parts.runtime + parts.index + parts.fragments) / 1024;
  return { kb, parts, ms, count };
}

function dirSize(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) n += statSync(join(e.parentPath, e.name)).size;
  return n;
}

/** Common words (in most generated pages) and rare ones (in a few reports only). */
const FIRST_SEARCHES = ['督学', '一等奖', '世界机器人大赛', '满意度', '军训', '李晓梅', '普惠性幼儿园'];

async function printFirstSearches(browser: Browser, url: string): Promise<void> {
  for (const q of FIRST_SEARCHES) {
    const r = await firstSearch(browser, url, q);
    const p = r.parts;
    console.log(`  first search "${q}": ${r.kb.toFixed(0)} KB (runtime ${(p.runtime / 1024).toFixed(0)}, index ${(p.index / 1024).toFixed(0)}, 5 fragments ${(p.fragments / 1024).toFixed(0)}), ${r.ms.toFixed(0)} ms to the first 5 results (${r.count} matches)`);
  }
}

/**
 * --built DIR: first searches on an existing build (its search scripts copied in if missing).
 * Plain Pagefind is measured beside it when --plain names a Hugo output indexed by Pagefind's
 * CLI, or when the build is a `npm run bench -- --keep --compare` run's (`DIR/../hugo-site/public`).
 */
async function measureBuilt(exe: string, dir: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: exe, args: BROWSER_ARGS });
  const port = Number(process.env.BENCH_SEARCH_PORT ?? 0);
  const ours = await serve(dir, undefined, port);
  const hugo = args.plain ?? join(dir, '..', 'hugo-site', 'public');
  const plainDir = existsSync(join(hugo, 'pagefind', 'pagefind-ui.js')) ? hugo : null;
  if (args.plain && !plainDir) throw new Error(`--plain ${args.plain}: no Pagefind index (pagefind/pagefind-ui.js) there`);
  if (plainDir) writePlainPage(plainDir);
  const plain = plainDir ? await serve(plainDir, undefined, port ? port + 1 : 0) : null;
  try {
    console.log(`${dir}: index ${(dirSize(join(dir, 'pagefind')) / 1048576).toFixed(1)} MB${plainDir ? `; plain Pagefind: ${plainDir}, index ${(dirSize(join(plainDir, 'pagefind')) / 1048576).toFixed(1)} MB` : ''}`);
    await printPageSearches(browser, { base: ours.url, traffic: ours.traffic, resetTraffic: ours.resetTraffic }, Number(args.runs), args.verbose, args.kinds,
      plain ? { base: plain.url, traffic: plain.traffic, resetTraffic: plain.resetTraffic, plain: true } : undefined);
    if (args.api) await printFirstSearches(browser, ours.url);
  } finally {
    ours.server.close();
    plain?.server.close();
    await browser.close();
  }
}

async function main(): Promise<void> {
  const exe = findBrowser();
  if (!exe) throw new Error('No Chromium found: install chromium or set CHROMIUM_PATH.');
  if (args.built) return measureBuilt(exe, args.built);
  const modes: Segmentation[] = args.segmentation === 'both' ? ['pagefind', 'icu'] : [args.segmentation as Segmentation];
  const scale = args.scale ? Number(args.scale) : 0;
  const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const reportsDir = join(work, 'reports');
  writeCorpus({ dir: reportsDir, fillers: scale || Number(args.fillers), paragraphsPerReport: scale ? 40 : 12, includeSeeds: !scale, vocabulary: scale > 0 && args.corpus !== 'seeds' });
  const corpus = readCorpus(reportsDir);
  const browser = await chromium.launch({ executablePath: exe, args: BROWSER_ARGS });
  try {
    for (const mode of modes) {
      const site = join(work, `site-${mode}`);
      if (args.site === 'astro') {
        const r = spawnSync('npx', ['astro', 'build', '--outDir', site], { stdio: 'inherit', env: { ...process.env, REPORTS_DIR: reportsDir, SEARCH_SEGMENTATION: mode } });
        if (r.status !== 0) throw new Error('astro build failed');
      } else {
        renderSite(reportsDir, site);
        const peak = measurePeakRss();
        const cpu0 = process.cpuUsage();
        const res = await buildSearchIndex({
          siteDir: site, reportsDir, segmentation: mode,
          indexChunkSize: args.chunk ? Number(args.chunk) : undefined,
          minShardPages: args['min-shard-pages'] !== undefined ? Number(args['min-shard-pages']) : undefined,
        });
        const rss = peak.stop();
        const cpu = process.cpuUsage(cpu0);
        console.log(`\n[${mode}] indexed ${res.pages} pages + ${res.facts} facts in ${res.shards.length} shard(s) in ${res.seconds.toFixed(1)} s wall (node CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; pagefind CPU ${rss.childCpu.toFixed(1)} s); peak RSS: pagefind ${rss.child.toFixed(0)} MB, node ${rss.self.toFixed(0)} MB; index ${(dirSize(join(site, 'pagefind')) / 1048576).toFixed(1)} MB`);
      }
      const { server, url } = await serve(site);
      try {
        if (!scale) await quality(browser, url, corpus, mode);
        if (args.explain) await explain(browser, url, args.explain);
        await printFirstSearches(browser, url);
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(`bench:search: ${e.message}`);
  process.exit(1);
});
