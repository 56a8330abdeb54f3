// @ts-check
/**
 * The search page's script (with the 成果库's, the only JavaScript on the site). Runs two
 * Pagefind searches per query, reports (类型:报道) and facts (类型:数据), and shows reports
 * first: each with its own matching facts beneath it, and a 报道/数据 switch that gives the
 * count of both. The facts search runs after the reports are shown (or first, on the 数据
 * tab): its index is the bigger one by far (a record per fact), so a first search does not
 * wait for it, and its count and the facts beneath each report appear when it is done. The
 * filter values load when the filter panel first opens (on wide screens, where it is open,
 * after the first results), so no filter file is fetched before them. Queries are cut and folded the way the index was (segment.js), so 學校 and
 * 学校 find each other. State lives in the address (?q=, tab, sort, 年份, 专题) so a search
 * can be linked. Fact results link to their paragraph with a text fragment, so report pages
 * need no script to highlight the number.
 */
import { segmentQuery } from './segment.js';
import * as pf from './pf/pagefind.js';
import { el, factItem, factsBox, reportItem } from './render.js';

const PAGE = 10;
/**
 * Results drawn first: their fragments are the ones the near-miss check has loaded already
 * (pf/pagefind.js, CHECKED), so they show without waiting for the other five's.
 */
const FIRST = 5;
/** Fact results whose data is loaded to put them beneath their reports. */
const FACTS_BENEATH = 30;
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
/** @type {{ reports: any[], facts: any[] }} */
let results = { reports: [], facts: [] };
/** Whether the facts search of the current query has answered. */
let factsReady = false;
/** Set while the facts of the current query are on their way (count, list or facts beneath reports). */
const factsTab = $('sr-tab-facts');
const busy = (/** @type {boolean} */ on) => factsTab.setAttribute('aria-busy', String(on));
let shown = 0;
let run = 0;

await pf.options({ excerptLength: 40 });

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
  const all = await pf.filters();
  for (const key of FILTER_KEYS) {
    const values = Object.keys(all[key] ?? {}).sort((a, b) => (key === '年份' ? b.localeCompare(a) : (all[key]?.[b] ?? 0) - (all[key]?.[a] ?? 0)));
    if (!values.length) continue;
    const fs = el('fieldset', 'sr-group');
    fs.append(el('legend', '', key));
    for (const v of values) {
      const label = el('label');
      const box = /** @type {HTMLInputElement} */ (el('input'));
      box.type = 'checkbox';
      box.value = v;
      box.dataset.key = key;
      box.checked = state.filters[key]?.includes(v) ?? false;
      label.append(box, document.createTextNode(` ${v}`));
      fs.append(label);
    }
    groups.append(fs);
  }
}

function pagefindFilters(/** @type {string} */ kind) {
  /** @type {Record<string, any>} */
  const f = { 类型: kind };
  for (const k of FILTER_KEYS) if (state.filters[k]?.length) f[k] = { any: state.filters[k] };
  return f;
}

async function search() {
  const mine = ++run;
  syncAddress();
  const selected = FILTER_KEYS.reduce((n, k) => n + (state.filters[k]?.length ?? 0), 0);
  $('sr-filter-count').textContent = selected ? `（已选 ${selected} 项）` : '';
  if (!state.q) {
    busy(false);
    results = { reports: [], facts: [] };
    list.replaceChildren();
    status.textContent = '请输入要搜索的词。';
    counts();
    more.hidden = true;
    return;
  }
  status.textContent = '正在搜索…';
  pf.setTyped(state.q);
  const term = segmentQuery(state.q);
  const opts = (/** @type {string} */ kind) => ({ filters: pagefindFilters(kind), ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) });
  factsReady = false;
  busy(true);
  const factsSearch = () => pf.searchFacts(term, opts('数据'));
  // On the 数据 tab the facts are what is shown: both searches at once.
  const early = state.tab === 'facts' ? factsSearch() : null;
  const reports = await pf.searchReports(term, opts('报道'));
  if (mine !== run) return;
  results = { reports: reports?.results ?? [], facts: [] };
  if (early || !results.reports.length) {
    // No report to show: say so, then wait for the facts (the answer is not "nothing" until they are in).
    if (!early) {
      counts();
      status.textContent = `未找到与“${state.q}”相关的报道，正在查找数据…`;
      list.replaceChildren();
      more.hidden = true;
    }
    const facts = await (early ?? factsSearch());
    if (mine !== run) return;
    results.facts = facts?.results ?? [];
    factsReady = true;
    await show();
    if (mine === run) busy(false);
    return;
  }
  await show();
  const facts = await factsSearch();
  if (mine !== run) return;
  results.facts = facts?.results ?? [];
  factsReady = true;
  // Switched to 数据 while the facts were on their way: show them now.
  if (state.tab === 'facts') await show();
  else {
    counts();
    setStatus();
    await attachFacts(mine);
  }
  if (mine === run) busy(false);
}

function counts() {
  $('sr-n-reports').textContent = state.q ? `${results.reports.length}` : '';
  $('sr-n-facts').textContent = state.q ? (factsReady ? `${results.facts.length}` : '…') : '';
  for (const t of tabs) t.setAttribute('aria-pressed', String(t.dataset.tab === state.tab));
}

function setStatus() {
  const n = results[/** @type {'reports' | 'facts'} */ (state.tab)].length;
  const other = state.tab === 'reports' ? results.facts.length : results.reports.length;
  if (n === 0 && other === 0) status.textContent = `未找到与“${state.q}”相关的报道或数据。`;
  else if (state.tab === 'reports') status.textContent = `找到 ${n} 篇报道${other ? `，另有 ${other} 条数据（点“数据”查看）` : ''}。`;
  else status.textContent = `找到 ${n} 条数据，来自报道正文和“数说”。`;
}

/** The first fact results grouped by their report's URL. */
async function factsByReport() {
  const factData = await Promise.all(results.facts.slice(0, FACTS_BENEATH).map((r) => r.data()));
  /** @type {Map<string, any[]>} */
  const byReport = new Map();
  for (const f of factData) {
    const url = f.meta.report_url || f.url.split('#')[0];
    (byReport.get(url) ?? byReport.set(url, []).get(url))?.push(f);
  }
  return byReport;
}

/** Puts each shown report's matching facts beneath it, once the facts search has answered. */
async function attachFacts(/** @type {number} */ mine) {
  if (state.tab !== 'reports' || !results.facts.length) return;
  const byReport = await factsByReport();
  if (mine !== run || state.tab !== 'reports') return;
  for (const li of /** @type {NodeListOf<HTMLElement>} */ (list.querySelectorAll('li.sr-report-result'))) {
    const fs = byReport.get(li.dataset.url ?? '') ?? [];
    if (fs.length && !li.querySelector('.sr-facts')) li.append(factsBox(fs.slice(0, PER_REPORT), fs.length));
  }
}

async function show() {
  counts();
  list.replaceChildren();
  shown = 0;
  if (!state.q) return;
  if (state.tab === 'facts' && !factsReady) {
    status.textContent = '正在搜索数据…';
    more.hidden = true;
    return;
  }
  setStatus();
  const mine = run, tab = state.tab;
  await page(FIRST);
  if (mine === run && tab === state.tab) await page(PAGE);
}

/** Shows results up to `upTo` of the current tab. */
async function page(/** @type {number} */ upTo) {
  const mine = run;
  const tab = state.tab;
  const items = results[/** @type {'reports' | 'facts'} */ (tab)].slice(shown, upTo);
  const data = await Promise.all(items.map((r) => r.data()));
  if (tab === 'facts') {
    if (mine !== run || tab !== state.tab) return;
    list.append(...data.map((d) => factItem(d)));
  } else {
    // The first fact results, grouped by their report, to show beneath it (none yet while
    // the facts search runs: attachFacts adds them).
    const byReport = factsReady ? await factsByReport() : new Map();
    if (mine !== run || tab !== state.tab) return;
    list.append(...data.map((d) => {
      const fs = byReport.get(d.url) ?? [];
      return reportItem(d, fs.slice(0, PER_REPORT), fs.length);
    }));
  }
  shown = Math.min(upTo, results[/** @type {'reports' | 'facts'} */ (tab)].length);
  const left = results[/** @type {'reports' | 'facts'} */ (tab)].length - shown;
  more.hidden = left <= 0;
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
