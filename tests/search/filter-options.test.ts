/** Issue 23: the search page's filter options carry their counts, in a stable order. */
import { describe, expect, test } from 'vitest';
import { countLabel, filterOptions, withoutCounts } from '../../public/search/filter-options.js';

describe('filterOptions', () => {
  test('years newest first, each with its count', () => {
    const all = { 年份: { '2021': 3, '2024': 12, '2023': 1 } };
    expect(filterOptions(all, '年份')).toEqual([
      { value: '2024', count: 12 },
      { value: '2023', count: 1 },
      { value: '2021', count: 3 },
    ]);
  });

  test('topics biggest first; equal counts by name, whatever order the index gave', () => {
    const a = filterOptions({ 专题: { 招生入学: 2, 智慧教育: 5, 德育: 2 } }, '专题');
    const b = filterOptions({ 专题: { 德育: 2, 招生入学: 2, 智慧教育: 5 } }, '专题');
    expect(a).toEqual(b);
    expect(a[0]).toEqual({ value: '智慧教育', count: 5 });
    expect(a.map((o) => o.count)).toEqual([5, 2, 2]);
  });

  test('a filter the index lacks gives no options', () => {
    expect(filterOptions({ 年份: { '2024': 1 } }, '专题')).toEqual([]);
  });

  test('the count reads as a number of reports', () => {
    expect(countLabel(12)).toBe('（12 篇）');
    expect(countLabel(0)).toBe('（0 篇）');
  });
});

describe('withoutCounts', () => {
  test('a result the near-miss check dropped is no longer counted under its values; the input is left as it was', () => {
    const counts = { 年份: { '2024': 3, '2023': 1 }, 专题: { 智慧教育: 2, 德育: 1 } };
    const out = withoutCounts(counts, [{ filters: { 年份: ['2024'], 专题: ['智慧教育', '德育'] } }, { filters: { 年份: ['2023'] } }]);
    expect(out).toEqual({ 年份: { '2024': 2, '2023': 0 }, 专题: { 智慧教育: 1, 德育: 0 } });
    expect(counts.年份['2024']).toBe(3);
  });
  test('never below zero; values and filters the counts lack are ignored', () => {
    expect(withoutCounts({ 年份: { '2024': 0 } }, [{ filters: { 年份: ['2024', '1999'], 类型: ['x'] } }, {}])).toEqual({ 年份: { '2024': 0 } });
    expect(withoutCounts(undefined, [])).toBeUndefined();
  });
});
