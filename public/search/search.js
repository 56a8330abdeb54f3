// @ts-check
/**
 * The search page's script (the only JavaScript on the site). Starts Pagefind's Default UI
 * (labelled in Chinese from the page's lang), cuts queries into words the way the index was
 * cut (segment.js), tidies the results for display, keeps ?q= in the address bar so a search
 * can be linked. Fact results link to their paragraph with a text fragment (built at index
 * time, src/search/fact-records.ts), so report pages need no script to highlight the number.
 */
import { segmentQuery, unsegment } from './segment.js';
import { setTyped } from './pf/pagefind.js';

/** Display names of the metadata keys the index stores (others are not shown). */
const META_LABELS = { kicker: '栏目', date: '日期', report: '出自' };

/**
 * @param {any} result a Pagefind result (url, meta, excerpt, sub_results)
 */
function processResult(result) {
  const meta = result.meta ?? {};
  const isFact = meta.value !== undefined && meta.unit !== undefined;
  const shown = /** @type {Record<string, string>} */ ({});
  // shown_title: the report title as written (src/search/html-for-index.ts); facts have only title.
  if (meta.shown_title) shown.title = meta.shown_title;
  else if (meta.title) shown.title = unsegment(meta.title);
  if (meta.image) shown.image = meta.image;
  if (meta.image_alt) shown.image_alt = meta.image_alt;
  if (isFact) shown['类型'] = '数据';
  for (const [key, label] of Object.entries(META_LABELS)) {
    if (meta[key]) shown[label] = unsegment(meta[key]);
  }
  result.meta = shown;
  result.excerpt = unsegment(result.excerpt ?? '');
  // A fact is one clause: no sub-results, but its excerpt (with the match highlighted) is shown.
  // The Default UI shows a result's excerpt only when its first sub-result is the result itself.
  if (isFact) result.sub_results = [{ title: shown.title ?? '', url: result.url, excerpt: result.excerpt, locations: [] }];
  for (const sub of result.sub_results ?? []) {
    sub.title = unsegment(sub.title ?? '');
    sub.excerpt = unsegment(sub.excerpt ?? '');
  }
  return result;
}

const params = new URLSearchParams(location.search);
const initial = params.get('q')?.trim() ?? '';

// @ts-ignore PagefindUI is defined by /pagefind/pagefind-ui.js, loaded before this module.
const ui = new PagefindUI({
  element: '#search',
  // Our wrapper of /pagefind/pagefind.js (drops Pagefind's near-miss fallback matches).
  bundlePath: '/search/pf/',
  pageSize: 5,
  showSubResults: true,
  // Pagefind counts words; cut Chinese words are short, so allow more of them.
  excerptLength: 50,
  showImages: true,
  showEmptyFilters: false,
  openFilters: ['类型', '年份', '专题'],
  autofocus: !initial,
  focusOnSlash: true,
  processTerm: (/** @type {string} */ term) => {
    setTyped(term);
    return segmentQuery(term);
  },
  processResult,
});

// Keep the address bar in step with the search so the page can be bookmarked or shared.
const input = /** @type {HTMLInputElement | null} */ (document.querySelector('#search input[type="text"], #search input'));
input?.addEventListener('input', () => {
  const url = new URL(location.href);
  const q = input.value.trim();
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
});
if (initial) ui.triggerSearch(initial);
