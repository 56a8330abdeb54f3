/**
 * Pagefind's search API as the search page uses it (the Default UI imports it through
 * `bundlePath: '/search/pf/'`), with one change: no answers made of near misses.
 *
 * When no indexed word starts with a query word, Pagefind falls back to the longest indexed
 * word that the query word starts with (航天员 → 航), so a word that appears nowhere still
 * returns pages. Every real match contains each query word in its text, so the first results
 * are checked: the ones that do not are dropped, and when none of them does, the search has
 * found nothing. When some of them hold what was typed verbatim (人大代表), the ones that only
 * hold its words apart (机器人大赛…代表队) are dropped too.
 */
import * as pagefind from '/pagefind/pagefind.js';

export const { options, init, filters, preload, destroy, mergeIndex } = pagefind;

/** Results checked against their text (their fragments are loaded for display anyway). */
const CHECKED = 5;
/** Characters Pagefind drops from queries and words (its own rule). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}\s]/gu;

/** What the reader typed, before segmentation (set by the search page's processTerm). */
let lastTyped = '';
/** @param {string} typed */
export function setTyped(typed) {
  lastTyped = typed;
}

/** @param {string} s */
const normalize = (s) => s.toLocaleLowerCase().replace(PUNCTUATION, '');

/**
 * @param {string | null} term
 * @param {any} [opts]
 */
export async function search(term, opts) {
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
  if (!ok.some(Boolean)) {
    const zero = Object.fromEntries(Object.entries(res.filters ?? {}).map(([k, v]) => [k, Object.fromEntries(Object.keys(/** @type {object} */ (v)).map((x) => [x, 0]))]));
    return { ...res, results: [], unfilteredResultCount: 0, filters: zero };
  }
  return { ...res, results: [...head.filter((_, i) => ok[i]), ...res.results.slice(CHECKED)] };
}

/**
 * @param {string | null} term
 * @param {any} [opts]
 * @param {number} [ms]
 */
export async function debouncedSearch(term, opts, ms) {
  const res = await pagefind.debouncedSearch(term, opts, ms);
  return res === null ? null : search(term, opts);
}
