// @ts-check
/**
 * The filter panel's options from Pagefind's `filters()` (value → number of reports): years
 * newest first, topics biggest first (ties by name, so the order never depends on the index's),
 * each with the count shown beside it (the archive's, or the current search's: search.js). No DOM here: tests/search/filter-options.test.ts runs it in Node.
 */

/**
 * @param {Record<string, Record<string, number>>} all what `filters()` returned
 * @param {string} key a filter name (年份, 专题)
 * @returns {{ value: string, count: number }[]}
 */
export function filterOptions(all, key) {
  const counts = all[key] ?? {};
  const options = Object.entries(counts).map(([value, count]) => ({ value, count: Number.isFinite(count) ? count : 0 }));
  return options.sort((a, b) => (key === '年份' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'zh')));
}

/**
 * `（12 篇）`: every index record is one report. Spelled out so a screen reader says
 * "2024（12 篇）", not "2024 12".
 * @param {number} count
 */
export function countLabel(count) {
  return `（${count} 篇）`;
}

/**
 * A search's filter counts (Pagefind's `filters`) without the results the near-miss check
 * dropped (pf/pagefind.js), each uncounted under its own values: the counts beside the filters
 * are then of the results listed.
 * @param {Record<string, Record<string, number>> | undefined} filters
 * @param {{ filters?: Record<string, string[]> }[]} dropped result data of the dropped results
 * @returns {Record<string, Record<string, number>> | undefined}
 */
export function withoutCounts(filters, dropped) {
  if (!filters) return filters;
  const out = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { ...v }]));
  for (const d of dropped) {
    for (const [key, values] of Object.entries(d?.filters ?? {})) {
      const counts = out[key];
      if (!counts) continue;
      for (const v of values) if (v in counts) counts[v] = Math.max(0, (counts[v] ?? 0) - 1);
    }
  }
  return out;
}
