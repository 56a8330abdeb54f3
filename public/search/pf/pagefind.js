/**
 * Pagefind's search API as the search page uses it, with two changes.
 *
 * One index, of report pages, loaded in shards: a search merges the shards the vocabulary says
 * can hold its words (../first-pass.js shardsFor; every shard when it cannot tell), loading each
 * one's entry, page table (`pf_meta`) and the chunks of the query's words; a shard merged once
 * stays merged. Facts are not records of their own: each report's record carries its facts
 * (../facts.js), which the search page reads from the reports it found. Filter files load only
 * when the filter values are asked for.
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
import { inOneSentence, normalizeWord, queryWords } from '../facts.js';
import { withoutCounts } from '../filter-options.js';
import { shardsFor } from '../first-pass.js';

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
  return pagefind.options(o);
}

/** @type {Promise<{ shards?: string[] }> | null} */
let manifest = null;
/** The list of shards (src/search/shards.ts): /pagefind/ is the newest shard, the others are merged. */
function shardList() {
  manifest ??= fetch('/pagefind/shards.json').then((r) => (r.ok ? r.json() : { shards: [] }), () => ({ shards: [] }));
  return manifest;
}

/** @type {Map<string, Promise<void>>} The shards merged (or being merged), by key. */
const merged = new Map();
/**
 * Set once the filter values were asked for: Pagefind counts a search's filter values only in
 * shards whose filter files it has loaded, so a shard merged later loads its own at once.
 */
let filtersWanted = false;
/**
 * Merges the shards `keys` (null: every shard) into the search, each once. The primary index
 * (the newest shard, /pagefind/) is Pagefind's own and always searched.
 * @param {string[] | null} keys
 */
async function reportsIndex(keys) {
  const all = (await shardList()).shards ?? [];
  const want = keys ? all.filter((k) => keys.includes(k)) : all;
  const fresh = want.filter((k) => !merged.has(k));
  await Promise.all(want.map((key) => {
    if (!merged.has(key)) merged.set(key, pagefind.mergeIndex(`/pagefind/${key}/`, { ...shardOptions }));
    return merged.get(key);
  }));
  if (fresh.length && filtersWanted) await pagefind.filters();
}

/** The shards a search for `term` needs (null: every shard). @param {string | null} term */
const needed = (term) => (term ? shardsFor(term) : Promise.resolve(null));

/**
 * The year and topic values with their counts in the shards merged so far (loading their
 * filter files): after a search, the values its results can have.
 */
export async function filters() {
  filtersWanted = true;
  await reportsIndex([]);
  return pagefind.filters();
}

/** The year and topic values of the whole archive, every shard merged (without a first-pass index's counts). */
export async function allFilters() {
  filtersWanted = true;
  await reportsIndex(null);
  return pagefind.filters();
}

/**
 * @param {string} term
 * @param {any} [opts]
 */
export async function preload(term, opts) {
  await reportsIndex(await needed(term));
  return pagefind.preload(term, withoutKind(opts));
}

/**
 * The options without a 类型 filter: the index holds reports only (a link from before facts
 * rode on their reports may still name one).
 * @param {any} [opts]
 */
function withoutKind(opts) {
  if (!opts?.filters || !('类型' in opts.filters)) return opts;
  const { 类型: _, ...rest } = opts.filters;
  return { ...opts, filters: rest };
}

/**
 * The reports matching `term`, near misses dropped.
 * @param {string | null} term
 * @param {any} [opts]
 */
export async function search(term, opts) {
  await reportsIndex(await needed(term));
  return checked(term, await pagefind.search(term, withoutKind(opts)));
}

/** Results checked against their text (their fragments are loaded for display anyway). */
const CHECKED = 5;

/** What the reader typed, before segmentation (set by the search page's processTerm). */
let lastTyped = '';
/** @param {string} typed */
export function setTyped(typed) {
  // The index holds folded text (script-fold.js): compare with the folded query.
  lastTyped = foldScript(typed);
}


/**
 * The near-miss check on a search's first results.
 * @param {string | null} term
 * @param {any} res
 */
async function checked(term, res) {
  if (!term || !res?.results?.length) return res;
  const words = queryWords(term);
  const typed = queryWords(lastTyped);
  const head = res.results.slice(0, CHECKED);
  const data = await Promise.all(head.map((/** @type {any} */ r) => r.data()));
  const texts = data.map((d) => normalizeWord(`${d.meta?.title ?? ''}${d.content ?? ''}`));
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
  const dropped = data.filter((_, i) => !ok[i] && !apart[i]);
  return { ...res, results: [...head.filter((_, i) => ok[i]), ...head.filter((_, i) => apart[i]), ...res.results.slice(CHECKED)], filters: withoutCounts(res.filters, dropped) };
}
