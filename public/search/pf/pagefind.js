/**
 * Pagefind's search API as the search page uses it (the Default UI imports it through
 * `bundlePath: '/search/pf/'`), with one change: no answers made of near misses.
 *
 * When no indexed word starts with a query word, Pagefind falls back to the longest indexed
 * word that the query word starts with (航天员 → 航), so a word that appears nowhere still
 * returns pages. Every real match contains each query word in its text, so the first results
 * are checked: the ones that do not are dropped, and when none of them does, the search has
 * found nothing. When some of them hold what was typed verbatim (人大代表), the ones that only
 * hold its letters apart (机器人大赛…代表队) are dropped too, and the ones that hold each query word
 * as an indexed word, only not side by side (技能大赛…获一等奖), follow the verbatim ones.
 */
import * as pagefind from '/pagefind/pagefind.js';
import { foldScript } from '../script-fold.js';

export const { init, destroy, mergeIndex } = pagefind;

/**
 * Pagefind applies options() to the primary index only; merged shards get theirs through
 * mergeIndex, so the last options set are kept for them (excerpt length, ranking).
 * @type {object}
 */
let shardOptions = {};
/** @param {object} o */
export async function options(o) {
  shardOptions = { ...shardOptions, ...o };
  return pagefind.options(o);
}

/**
 * The index is one Pagefind index per year (src/search/shards.ts): /pagefind/ is the newest
 * year's, and /pagefind/shards.json lists the others, merged here before the first search.
 * @type {Promise<void> | null}
 */
let merged = null;
function mergeShards() {
  merged ??= fetch('/pagefind/shards.json')
    .then((r) => (r.ok ? r.json() : { shards: [] }))
    .then(async (/** @type {{ shards?: string[] }} */ m) => {
      await Promise.all((m.shards ?? []).map((key) => pagefind.mergeIndex(`/pagefind/${key}/`, { ...shardOptions })));
    });
  return merged;
}

export async function filters() {
  await mergeShards();
  return pagefind.filters();
}

/**
 * @param {string} term
 * @param {object} [opts]
 */
export async function preload(term, opts) {
  await mergeShards();
  return pagefind.preload(term, opts);
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
 * @param {string | null} term
 * @param {any} [opts]
 */
export async function search(term, opts) {
  await mergeShards();
  const res = await pagefind.search(term, opts);
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
  await mergeShards();
  const res = await pagefind.debouncedSearch(term, opts, ms);
  return res === null ? null : search(term, opts);
}
