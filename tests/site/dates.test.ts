/**
 * Honest dates (issue 23): a year-only, month-only or inferred date never reads as an exact
 * day in a machine field (RSS pubDate, JSON-LD/Open Graph, the exports' 日期).
 */
import { describe, expect, it } from 'vitest';
import { dateIso, dateLabel, feedDate, statedDateIso } from '../../src/lib/dates.ts';

const d = (date: string | null, datePrecision: 'day' | 'month' | 'year' | null, dateStated: boolean) => ({ date, datePrecision, dateStated });

describe('dates', () => {
  it('labels say 约 for an inferred date and stop at the known precision', () => {
    expect(dateLabel(d('2020', 'year', false))).toBe('约2020年');
    expect(dateLabel(d('2024-09', 'month', true))).toBe('2024年9月');
    expect(dateLabel(d('2024-09-10', 'day', true))).toBe('2024年9月10日');
    expect(dateLabel(d(null, null, false))).toBe('日期不详');
  });

  it('the ISO form is cut to the precision, never padded to a first day', () => {
    expect(dateIso(d('2020', 'year', false))).toBe('2020');
    expect(dateIso(d('2024-09', 'month', true))).toBe('2024-09');
    // A staff edit that left a day with month precision: the day is not claimed.
    expect(dateIso(d('2024-09-10', 'month', true))).toBe('2024-09');
    expect(dateIso(d('2024-09-10', null, true))).toBe('2024-09-10');
    expect(dateIso(d(null, null, false))).toBeNull();
  });

  it('JSON-LD and Open Graph get only a stated date, as precise as known', () => {
    expect(statedDateIso(d('2020', 'year', true))).toBe('2020');
    expect(statedDateIso(d('2024-09', 'month', true))).toBe('2024-09');
    expect(statedDateIso(d('2020', 'year', false))).toBeNull();
    expect(statedDateIso(d('2021-06-11', 'day', false))).toBeNull();
  });

  it('RSS gets a pubDate only for a stated day', () => {
    expect(feedDate(d('2023-05-20', 'day', true))?.toISOString()).toBe('2023-05-20T00:00:00.000Z');
    expect(feedDate(d('2020', 'year', true))).toBeUndefined();
    expect(feedDate(d('2024-09', 'month', true))).toBeUndefined();
    expect(feedDate(d('2021-06-11', 'day', false))).toBeUndefined();
    expect(feedDate(d('2024-09', 'day', true))).toBeUndefined();
  });
});
