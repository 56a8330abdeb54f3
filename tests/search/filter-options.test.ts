/** Issue 23: the search page's filter options carry their counts, in a stable order. */
import { describe, expect, test } from 'vitest';
import { countLabel, filterOptions } from '../../public/search/filter-options.js';

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
