// @ts-check
/**
 * The filter panel's options from Pagefind's `filters()` (value → number of reports): years
 * newest first, topics biggest first (ties by name, so the order never depends on the index's),
 * each with the count shown beside it. No DOM here: tests/search/filter-options.test.ts runs it in Node.
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
