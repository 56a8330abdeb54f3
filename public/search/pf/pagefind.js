/**
 * Pagefind's search API as the search page uses it, with two changes.
 *
 * Two indexes, loaded apart: reports (the page shards) and facts (the facts shards, one
 * Pagefind record per fact). A first search loads only what the reports need — each page
 * shard's entry, page table (`pf_meta`) and the chunks of the query's words — and the facts
 * shards load on the first facts search, which the search page runs after the reports are
 * shown. At 10,000 reports the facts shards' page tables alone are ~2 MB gzip (242,723
 * records), so loading them before the first results made a first search 2.5–4.8 MB. Each
 * index holds one kind, so no search needs the 类型 filter (its filter files stay unloaded).
 *
 * No answers made of near misses: when no indexed word starts with a query word, Pagefind
 * falls back to the longest indexed word that the query word starts with (航天员 → 航), so a
 * word that appears nowhere still returns pages. Every real match contains each query word in
 * its text, so the first results are checked: the ones that do not are dropped, and when none
 * of them does, the search has found nothing. When some of them hold what was typed verbatim
 * (人大代表), the ones that only hold its letters apart (机器人大赛…代表队) are dropped too, and
 * the ones that hold each query word as an indexed word, only not side by side (技能大赛…获一等奖),
 * follow the verbatim ones.
 */
import * as pagefind from '/pagefind/pagefind.js';
import { foldScript } from '../script-fold.js';

export const { init, destroy, mergeIndex } = pagefind;

/**
 * Pagefind applies options() to an instance's primary index only; merged shards get theirs
 * through mergeIndex, so the last options set are kept for them (excerpt length, ranking).
 * @type {Record<string, unknown>}
 */
let shardOptions = {};
/** @param {Record<string, unknown>} o */
export async function options(o) {
  shardOptions = { ...shardOptions, ...o };
  if (facts) await facts.then((f) => f?.options(o));
  return pagefind.options(o);
}

/** @type {Promise<{ shards?: string[] }> | null} */
let manifest = null;
/** The list of shards (src/search/shards.ts): /pagefind/ is the newest page shard, the others are merged. */
function shardList() {
  manifest ??= fetch('/pagefind/shards.json').then((r) => (r.ok ? r.json() : { shards: [] }), () => ({ shards: [] }));
  return manifest;
}
const isFacts = (/** @type {string} */ key) => key.startsWith('facts-');

/** @type {Promise<void> | null} */
let reportsMerged = null;
function reportsIndex() {
  reportsMerged ??= shardList().then(async (m) => {
    await Promise.all((m.shards ?? []).filter((k) => !isFacts(k)).map((key) => pagefind.mergeIndex(`/pagefind/${key}/`, { ...shardOptions })));
  });
  return reportsMerged;
}

/**
 * The facts index: its own Pagefind instance, whose primary is the newest facts shard (built
 * with Pagefind's WebAssembly and worker beside it), with the other facts shards merged.
 * Null on a site without facts.
 * @type {Promise<any> | null}
 */
let facts = null;
function factsIndex() {
  facts ??= shardList().then(async (m) => {
    const keys = (m.shards ?? []).filter(isFacts);
    const primary = keys.at(-1);
    if (!primary) return null;
    // Pagefind's worker runs every instance on one WebAssembly module: two instances loading it
    // at once corrupt each other's memory ("memory access out of bounds"), so the facts instance
    // starts once the reports' has loaded it (an empty search returns when it has).
    await pagefind.search('');
    const inst = pagefind.createInstance({ basePath: `/pagefind/${primary}/`, ...shardOptions });
    // As options() does for the reports' primary (excerpt length, ranking).
    await inst.options({ ...shardOptions });
    await Promise.all(keys.slice(0, -1).map((key) => inst.mergeIndex(`/pagefind/${key}/`, { ...shardOptions })));
    return inst;
  });
  return facts;
}

/** The year and topic values with their counts, from the reports (facts share their reports' values). */
export async function filters() {
  await reportsIndex();
  return pagefind.filters();
}

/**
 * @param {string} term
 * @param {any} [opts]
 */
export async function preload(term, opts) {
  await reportsIndex();
  return pagefind.preload(term, withoutKind(opts));
}

/**
 * The options without the 类型 filter: each index holds one kind.
 * @param {any} [opts]
 */
function withoutKind(opts) {
  if (!opts?.filters || !('类型' in opts.filters)) return opts;
  const { 类型: _, ...rest } = opts.filters;
  return { ...opts, filters: rest };
}

const EMPTY = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/**
 * Reports (类型:报道) only.
 * @param {string | null} term
 * @param {any} [opts]
 */
export async function searchReports(term, opts) {
  await reportsIndex();
  return checked(term, await pagefind.search(term, withoutKind(opts)));
}

/**
 * Facts (类型:数据) only; the first call loads the facts shards.
 * @param {string | null} term
 * @param {any} [opts]
 */
export async function searchFacts(term, opts) {
  const inst = await factsIndex();
  if (!inst) return EMPTY;
  return checked(term, await inst.search(term, withoutKind(opts)));
}

/**
 * By 类型 when the filters name one (`报道` or `数据`), else both indexes as one list ordered by
 * score, as one Pagefind instance with every shard merged orders them (what bench:search ranks).
 * @param {string | null} term
 * @param {any} [opts]
 */
export async function search(term, opts) {
  const kind = opts?.filters?.类型;
  if (kind === '报道') return searchReports(term, opts);
  if (kind === '数据') return searchFacts(term, opts);
  await reportsIndex();
  const inst = await factsIndex();
  const [r, f] = await Promise.all([pagefind.search(term, opts), inst ? inst.search(term, opts) : EMPTY]);
  const results = [...(r?.results ?? []), ...(f?.results ?? [])].sort((a, b) => b.score - a.score);
  return checked(term, { ...r, results, unfilteredResultCount: (r?.unfilteredResultCount ?? 0) + (f?.unfilteredResultCount ?? 0) });
}

/** Results checked against their text (their fragments are loaded for display anyway). */
const CHECKED = 5;
/** Characters Pagefind drops from queries and words (its own rule). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}\s]/gu;

/** What the reader typed, before segmentation (set by the search page's processTerm). */
let lastTyped = '';
/** @param {string} typed */
export function setTyped(typed) {
  // The index holds folded text (script-fold.js): compare with the folded query.
  lastTyped = foldScript(typed);
}

/** @param {string} s */
const normalize = (s) => s.toLocaleLowerCase().replace(PUNCTUATION, '');

/** Ends of sentences in the indexed text. */
const SENTENCE_END = /[。！？!?；;]/;

/**
 * Whether one sentence of the segmented `text` has all `words` as indexed words, in order.
 * @param {string} text
 * @param {string[]} words
 */
function inOneSentence(text, words) {
  return text.split(SENTENCE_END).some((sentence) => {
    let at = 0;
    const tokens = sentence.split(/\s+/).map(normalize);
    for (const w of words) {
      const i = tokens.indexOf(w, at);
      if (i < 0) return false;
      at = i + 1;
    }
    return true;
  });
}

/**
 * The near-miss check on a search's first results.
 * @param {string | null} term
 * @param {any} res
 */
async function checked(term, res) {
  if (!term || !res?.results?.length) return res;
  const words = term.split(/\s+/).map(normalize).filter(Boolean);
  const typed = lastTyped.split(/\s+/).map(normalize).filter(Boolean);
  const head = res.results.slice(0, CHECKED);
  const data = await Promise.all(head.map((/** @type {any} */ r) => r.data()));
  const texts = data.map((d) => normalize(`${d.meta?.title ?? ''}${d.content ?? ''}`));
  const verbatim = texts.map((t) => typed.length > 0 && typed.every((w) => t.includes(w)));
  const anyVerbatim = verbatim.some(Boolean);
  const ok = texts.map((t, i) => (anyVerbatim ? verbatim[i] : words.every((w) => t.includes(w))));
  // Holding every query word, in order, in one sentence, only not side by side: kept, after the
  // verbatim ones (技能大赛日前落幕，…获一等奖). Words from two sentences are not a match
  // (…机器人大赛在北京落下帷幕。…代表队).
  const apart = data.map((d, i) => anyVerbatim && !verbatim[i] && inOneSentence(`${d.meta?.title ?? ''}。${d.content ?? ''}`, words));
  if (!ok.some(Boolean)) {
    const zero = Object.fromEntries(Object.entries(res.filters ?? {}).map(([k, v]) => [k, Object.fromEntries(Object.keys(/** @type {object} */ (v)).map((x) => [x, 0]))]));
    return { ...res, results: [], unfilteredResultCount: 0, filters: zero };
  }
  return { ...res, results: [...head.filter((_, i) => ok[i]), ...head.filter((_, i) => apart[i]), ...res.results.slice(CHECKED)] };
}

/**
 * @param {string | null} term
 * @param {any} [opts]
 * @param {number} [ms]
 */
export async function debouncedSearch(term, opts, ms) {
  await reportsIndex();
  const res = await pagefind.debouncedSearch(term, withoutKind(opts), ms);
  return res === null ? null : search(term, opts);
}
