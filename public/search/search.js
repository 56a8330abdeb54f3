// @ts-check
/**
 * The search page's script (with the 成果库's, the only JavaScript on the site). One Pagefind
 * search per query, over the reports; the facts are read from the reports it found (each report
 * record carries its facts: facts.js), so the page opens on 报道 with each report's matching
 * facts beneath it, and the 数据 switch lists the matching facts report by report, reading more
 * reports as the reader asks for more, one sentence at a time with its numbers marked, the
 * kind of fact the query names first (fact-rank.js). Its count is of the facts found so far
 * ("10+" while reports remain unread). The filter values load when the filter panel first opens (on wide
 * screens, where it is open, after the first results), so no filter file is fetched before
 * them. Queries are cut and folded the way the index was (segment.js), so 學校 and 学校 find
 * each other. State lives in the address (?q=, tab, sort, 年份, 专题) so a search can be
 * linked. Fact results link to their paragraph with a text fragment, so report pages need no
 * script to highlight the number.
 *
 * A search runs in two passes: the first screen comes from the compact first-pass index
 * (first-pass.js: titles, summaries, headings… a few small files), then Pagefind's full-text
 * search, loaded only then, replaces it in one step with its own results, counts, facts and
 * filters. The first pass is skipped with a filter or a sort chosen, or on 数据. A query with a
 * word that begins no word of the full-text index (the vocabulary, first-pass.js shardsFor)
 * is answered "nothing found" at once, without Pagefind; the others merge only the shards
 * that can hold their words.
 */
import { segmentQuery } from './segment.js';
import { factsOf, findFacts, queryWords } from './facts.js';
import { archiveFilters, firstSearch, shardsFor } from './first-pass.js';
import { el, factGroupItem, reportItem } from './render.js';
import { countLabel, filterOptions } from './filter-options.js';

const PAGE = 10;
/**
 * Results drawn first: their fragments are the ones the near-miss check has loaded already
 * (pf/pagefind.js, CHECKED), so they show without waiting for the other five's.
 */
const FIRST = 5;
/** Facts shown beneath one report. */
const PER_REPORT = 3;
const FILTER_KEYS = ['年份', '专题'];

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ (document.querySelector('.sr-form'));
const input = /** @type {HTMLInputElement} */ ($('sr-q'));
const sortSelect = /** @type {HTMLSelectElement} */ ($('sr-sort'));
const status = $('sr-status');
const list = $('sr-results');
const more = /** @type {HTMLButtonElement} */ ($('sr-more'));
const filtersBox = /** @type {HTMLDetailsElement} */ ($('sr-filters'));
const groups = $('sr-filter-groups');
const tabs = /** @type {HTMLButtonElement[]} */ ([...document.querySelectorAll('.sr-tabs button')]);

const params = new URLSearchParams(location.search);
const state = {
  q: params.get('q')?.trim() ?? '',
  tab: params.get('tab') === 'facts' ? 'facts' : 'reports',
  sort: params.get('sort') === 'date' ? 'date' : '',
  /** @type {Record<string, string[]>} */
  filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, params.getAll(k)])),
};
/** @type {any[]} The reports found. */
let reports = [];
/** @type {ReturnType<typeof findFacts>} The facts of those reports, found as they are read. */
let facts = findFacts([], '');
/** @type {string[]} The query's words, as facts are matched. */
let words = [];
/** Set while the facts count of the current query is on its way. */
const factsTab = $('sr-tab-facts');
const busy = (/** @type {boolean} */ on) => factsTab.setAttribute('aria-busy', String(on));
let shown = 0;
let run = 0;
/**
 * The counts beside the filter options: of the current search's reports when there is a query
 * (Pagefind's `filters`: the reports this search would list with that value ticked, near misses
 * left out), of the whole archive without one.
 * @type {Record<string, Record<string, number>> | null}
 */
let searchCounts = null;
/** @type {Record<string, Record<string, number>>} */
let archiveCounts = {};

/** Set when the vocabulary said the current query can match nothing (Pagefind not asked). */
let nothing = false;
/** While only the first pass has answered: how many reports it found (shown as "N+"). */
let provisional = /** @type {number | null} */ (null);

/** @type {Promise<typeof import('./pf/pagefind.js')> | null} */
let pfModule = null;
/** Pagefind, loaded on first use (a first screen from the first pass does not wait for it). */
function pagefind() {
  pfModule ??= import('./pf/pagefind.js').then(async (m) => {
    await m.options({ excerptLength: 40 });
    return m;
  });
  return pfModule;
}

input.value = state.q;
sortSelect.value = state.sort;
filtersBox.addEventListener('toggle', () => {
  if (filtersBox.open) void buildFilters();
});
// Beside the results on wide screens (opened once the first results are shown, so its filter
// files do not delay them); a button above them on phones.
const wide = matchMedia('(min-width: 60rem)').matches;
if (state.q) {
  await search();
  if (wide) filtersBox.open = true;
} else {
  if (wide) filtersBox.open = true;
  input.focus();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  state.q = input.value.trim();
  search();
});
let typing = 0;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(() => {
    state.q = input.value.trim();
    search();
  }, 300);
});
sortSelect.addEventListener('change', () => {
  state.sort = sortSelect.value;
  search();
});
for (const t of tabs) {
  t.addEventListener('click', () => {
    state.tab = t.dataset.tab === 'facts' ? 'facts' : 'reports';
    syncAddress();
    show();
  });
}
groups.addEventListener('change', () => {
  for (const k of FILTER_KEYS) {
    state.filters[k] = [...groups.querySelectorAll(`input[data-key="${k}"]:checked`)].map((i) => /** @type {HTMLInputElement} */ (i).value);
  }
  search();
});
more.addEventListener('click', () => void page(shown + PAGE));

/** @type {Promise<void> | null} */
let filtersBuilt = null;
/** The year and topic checkboxes, from every value the index has (once). */
function buildFilters() {
  filtersBuilt ??= fillFilters();
  return filtersBuilt;
}
async function fillFilters() {
  // The archive's counts from the first-pass index; without one, from every shard.
  archiveCounts = (await archiveFilters()) ?? (await (await pagefind()).allFilters());
  groups.append(el('p', 'sr-count-note'));
  for (const key of FILTER_KEYS) {
    // Every value of the archive, in the archive's order (a value this search lacks shows 0).
    const options = filterOptions(archiveCounts, key);
    if (!options.length) continue;
    const fs = el('fieldset', 'sr-group');
    fs.append(el('legend', '', key));
    for (const { value } of options) {
      const label = el('label');
      const box = /** @type {HTMLInputElement} */ (el('input'));
      box.type = 'checkbox';
      box.value = value;
      box.dataset.key = key;
      box.checked = state.filters[key]?.includes(value) ?? false;
      label.append(box, document.createTextNode(` ${value}`), el('span', 'sr-option-count'));
      fs.append(label);
    }
    groups.append(fs);
  }
  // Pagefind counts a search's filter values only once the filter files are loaded, which the
  // first search does not wait for: the current query is asked again (its chunks are loaded).
  // A search started meanwhile writes the counts itself.
  if (state.q && !nothing) {
    const mine = run;
    const pf = await pagefind();
    // The filter files of the shards this search merged, then the search again to count them.
    await pf.filters();
    const again = await pf.search(segmentQuery(state.q), pagefindOptions());
    if (mine !== run) return;
    searchCounts = again?.filters ?? null;
  }
  showCounts();
}

/** Writes the counts beside the options: this search's, or the archive's without a query. */
function showCounts() {
  const counts = searchCounts ?? archiveCounts;
  const note = groups.querySelector('.sr-count-note');
  if (!note) return;
  note.textContent = searchCounts ? '括号内为本次搜索的报道数。' : '括号内为全部报道数。';
  // Whose counts are shown (tests wait for it).
  groups.dataset.counts = searchCounts ? 'search' : 'archive';
  for (const box of /** @type {NodeListOf<HTMLInputElement>} */ (groups.querySelectorAll('input[data-key]'))) {
    const span = box.parentElement?.querySelector('.sr-option-count');
    if (span) span.textContent = countLabel(counts[box.dataset.key ?? '']?.[box.value] ?? 0);
  }
}

function pagefindOptions() {
  /** @type {Record<string, any>} */
  const filters = {};
  for (const k of FILTER_KEYS) if (state.filters[k]?.length) filters[k] = { any: state.filters[k] };
  return { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
}

async function search() {
  const mine = ++run;
  syncAddress();
  const selected = FILTER_KEYS.reduce((n, k) => n + (state.filters[k]?.length ?? 0), 0);
  $('sr-filter-count').textContent = selected ? `（已选 ${selected} 项）` : '';
  provisional = null;
  if (!state.q) {
    busy(false);
    searchCounts = null;
    showCounts();
    reports = [];
    facts = findFacts([], '');
    list.replaceChildren();
    status.textContent = '请输入要搜索的词。';
    counts();
    more.hidden = true;
    return;
  }
  status.textContent = '正在搜索…';
  const term = segmentQuery(state.q);
  busy(true);
  words = queryWords(term);
  const where = await shardsFor(term);
  if (mine !== run) return;
  nothing = where !== null && where.length === 0;
  if (nothing) {
    // No report can hold this word: every count is 0, and Pagefind is not loaded for it.
    reports = [];
    searchCounts = {};
    showCounts();
    facts = findFacts([], term);
    await show();
    if (mine !== run) return;
    busy(false);
    counts();
    setStatus();
    return;
  }
  let first = null;
  const plain = !Object.values(pagefindOptions().filters).length && !state.sort && state.tab === 'reports';
  if (plain) {
    first = await firstSearch(term, state.q);
    if (mine !== run) return;
    if (first?.results.length) {
      reports = first.results;
      provisional = first.total;
      facts = findFacts([], term);
      await show();
      if (mine !== run) return;
    }
  }
  const pf = await pagefind();
  if (mine !== run) return;
  pf.setTyped(state.q);
  const found = await pf.search(term, pagefindOptions());
  if (mine !== run) return;
  reports = found?.results ?? [];
  searchCounts = found?.filters ?? null;
  showCounts();
  provisional = null;
  facts = findFacts(reports, term);
  await show();
  if (mine !== run) return;
  // The count of facts: those of the first ten reports the facts are looked for in (facts.js
  // findFacts; the shown reports' fragments are loaded already).
  await facts.more(PAGE, PAGE);
  if (mine !== run) return;
  // Not busy before the counts: with no report to read `facts.read` stays 0, and a count made
  // while still busy kept the 数据 count at "…" after a search with no results.
  busy(false);
  counts();
  setStatus();
}

/** The number of facts found, with "+" while reports remain unread. */
function factCount() {
  return `${facts.count}${facts.done ? '' : '+'}`;
}

function counts() {
  $('sr-n-reports').textContent = state.q ? (provisional !== null ? `${provisional}+` : `${reports.length}`) : '';
  $('sr-n-facts').textContent = state.q ? (factsTab.getAttribute('aria-busy') === 'true' && !facts.read ? '…' : factCount()) : '';
  for (const t of tabs) t.setAttribute('aria-pressed', String(t.dataset.tab === state.tab));
}

function setStatus() {
  const n = facts.count;
  if (provisional !== null) status.textContent = `找到 ${provisional} 篇标题、摘要中有“${state.q}”的报道，正在检索全文…`;
  else if (!reports.length) status.textContent = `未找到与“${state.q}”相关的报道或数据。`;
  else if (state.tab === 'reports') status.textContent = `找到 ${reports.length} 篇报道${n ? `，另有${facts.done ? ' ' : '至少 '}${n} 条数据（点“数据”查看）` : ''}。`;
  else if (facts.done) status.textContent = n ? `找到 ${n} 条数据，来自报道正文和“数说”。` : `在 ${reports.length} 篇相关报道中没有找到与“${state.q}”相关的数据。`;
  else status.textContent = `在前 ${facts.read} 篇相关报道中找到 ${n} 条数据（共 ${reports.length} 篇报道），来自报道正文和“数说”。`;
}

async function show() {
  counts();
  shown = 0;
  if (!state.q) {
    list.replaceChildren();
    return;
  }
  const mine = run, tab = state.tab;
  // Busy until the first page is drawn (a screen reader waits; tests wait for it too).
  list.setAttribute('aria-busy', 'true');
  if (tab === 'facts') {
    status.textContent = '正在查找数据…';
    more.hidden = true;
  } else setStatus();
  // The list is replaced once the new first items are ready: the first pass's screen stays
  // until the full-text results take its place.
  await page(FIRST, true);
  if (mine === run && tab === state.tab && provisional === null) await page(PAGE);
  if (mine === run && tab === state.tab) list.setAttribute('aria-busy', 'false');
}

/**
 * Shows results up to `upTo` of the current tab (`replace`: instead of the list's items).
 * @param {number} upTo
 * @param {boolean} [replace]
 */
async function page(upTo, replace = false) {
  const mine = run;
  const tab = state.tab;
  if (tab === 'facts') {
    await facts.more(upTo);
    if (mine !== run || tab !== state.tab) return;
    // One item a sentence: the groups, not the facts, are paged.
    list[replace ? 'replaceChildren' : 'append'](...facts.take(shown, upTo).map((g) => factGroupItem(g)));
    shown = Math.min(upTo, facts.found.length);
    const left = facts.found.slice(shown).reduce((n, g) => n + g.facts.length, 0);
    more.hidden = left <= 0 && facts.done;
    more.textContent = facts.done ? `显示更多（还有 ${left} 条数据）` : '显示更多数据';
    counts();
    setStatus();
    return;
  }
  const data = await Promise.all(reports.slice(shown, upTo).map((r) => r.data()));
  if (mine !== run || tab !== state.tab) return;
  list[replace ? 'replaceChildren' : 'append'](...data.map((d) => {
    // This report's own matching facts, from its record (no other download).
    const fs = factsOf(d, words);
    return reportItem(d, fs.slice(0, PER_REPORT), fs.length);
  }));
  shown = Math.min(upTo, reports.length);
  const left = reports.length - shown;
  more.hidden = left <= 0 || provisional !== null;
  more.textContent = `显示更多（还有 ${left} 条）`;
}

/** Keeps the address in step with the search so it can be bookmarked or shared. */
function syncAddress() {
  const url = new URL(location.href);
  url.search = '';
  if (state.q) url.searchParams.set('q', state.q);
  if (state.tab === 'facts') url.searchParams.set('tab', 'facts');
  if (state.sort) url.searchParams.set('sort', state.sort);
  for (const k of FILTER_KEYS) for (const v of state.filters[k] ?? []) url.searchParams.append(k, v);
  history.replaceState(null, '', url);
}
